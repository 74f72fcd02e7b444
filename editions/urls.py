from django.urls import path

from . import views

app_name = "editions"
urlpatterns = [
    path("", views.archive, name="archive"),
    path("<int:pk>/", views.detail, name="detail"),
    path("relay-reports/", views.relay_report, name="relay_report"),
]
