"""Newsletter sign-up: the form every page carries posts here.

For now the address is validated and acknowledged; storage and double opt-in come with the
newsletter issue.
"""

from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from .forms import SignupForm


@require_http_methods(["GET", "POST"])
def signup(request):
    form = SignupForm(request.POST or None)
    submitted = request.method == "POST" and form.is_valid()
    status = 400 if request.method == "POST" and not submitted else 200
    return render(request, "newsletter/signup.html", {"form": form, "submitted": submitted}, status=status)
