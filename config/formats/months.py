"""Month names as they stand after a day (the `E` date format), carried by the project's own catalogue.

Django's Azerbaijani catalogue capitalises them ("2 Dekabr 2026"); Azerbaijani writes months in lower
case ("2 dekabr 2026"). The project's catalogue takes precedence over Django's, and listing the names
here keeps them in it when makemessages runs again. Russian keeps Django's genitive forms ("2 декабря").
"""

from django.utils.translation import pgettext_lazy

MONTHS_AFTER_A_DAY = (
    pgettext_lazy("alt. month", "January"),
    pgettext_lazy("alt. month", "February"),
    pgettext_lazy("alt. month", "March"),
    pgettext_lazy("alt. month", "April"),
    pgettext_lazy("alt. month", "May"),
    pgettext_lazy("alt. month", "June"),
    pgettext_lazy("alt. month", "July"),
    pgettext_lazy("alt. month", "August"),
    pgettext_lazy("alt. month", "September"),
    pgettext_lazy("alt. month", "October"),
    pgettext_lazy("alt. month", "November"),
    pgettext_lazy("alt. month", "December"),
)
