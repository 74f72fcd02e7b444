from django.urls import path

from . import beacon

app_name = "popularity"
urlpatterns = [path("_/views/", beacon.view_beacon, name="view-beacon")]
