from django.urls import path

from . import views

app_name = "articles"
urlpatterns = [
    path("authors/<slug:slug>/", views.author_detail, name="author"),
    # Tag slugs keep their letters in any script ("gəncə", "баку"), so the route takes any segment.
    path("tags/<str:slug>/", views.tag_detail, name="tag"),
]
