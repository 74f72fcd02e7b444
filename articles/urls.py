from django.urls import path

from . import beacon, views

app_name = "articles"
urlpatterns = [
    path("authors/<slug:slug>/", views.author_detail, name="author"),
    path("tags/<slug:slug>/", views.tag_detail, name="tag"),
    path("_/views/", beacon.view_beacon, name="view-beacon"),
]
