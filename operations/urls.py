from django.urls import path

from . import views

app_name = "operations"
urlpatterns = [path("healthz/", views.healthz, name="healthz")]
