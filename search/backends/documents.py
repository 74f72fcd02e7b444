"""What an indexed object contributes to the index, split by weight.

modelsearch keeps one "title" and one "body" per object. To rank a headline above a standfirst above
the body, the text is split three ways: the `title` search field, the "lead" (other search fields with
a boost above 1, such as an article's standfirst) and everything else. Autocomplete text is split in
two: the title, and the rest (an article's bylines), so that a prefix found in the title can rank first.
"""

from dataclasses import dataclass, field

from django.db.models import Manager
from django.utils.encoding import force_str
from modelsearch.index import AutocompleteField, RelatedFields, SearchField

from search.languages import languages_of, prepare

LEAD_BOOST = 1


@dataclass
class Document:
    title: list[str] = field(default_factory=list)
    lead: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    autocomplete_title: list[str] = field(default_factory=list)
    autocomplete: list[str] = field(default_factory=list)
    language: str = ""  # the object's content language (search.languages)

    @staticmethod
    def _join(parts):
        return "\n".join(part for part in parts if part)

    @property
    def title_text(self):
        return self._join(self.title)

    @property
    def lead_text(self):
        return self._join(self.lead)

    @property
    def body_text(self):
        return self._join(self.body)

    @property
    def autocomplete_title_text(self):
        return self._join(self.autocomplete_title)

    @property
    def autocomplete_other_text(self):
        return self._join(self.autocomplete)

    @property
    def autocomplete_text(self):
        """Everything autocomplete matches on: the title, then the rest."""
        return self._join(self.autocomplete_title + self.autocomplete)

    @property
    def all_but_title_text(self):
        """What stock modelsearch stores as the body: every search field except the title."""
        return self._join([self.lead_text, self.body_text])

    def prepared(self, text, stem=False):
        """One of the texts above as the index holds it for the document's language."""
        return prepare(text, self.language, stem=stem)


def as_text(value):
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, dict):
        return "\n".join(as_text(item) for item in value.values())
    if isinstance(value, (list, tuple)):
        return "\n".join(as_text(item) for item in value)
    return force_str(value).strip()


def _related_objects(related_field, obj):
    value = related_field.get_value(obj)
    if value is None:
        return []
    if isinstance(value, Manager):
        return list(value.all())
    return [value() if callable(value) else value]


def _collect(obj, search_fields, document, top_level):
    for search_field in search_fields:
        if isinstance(search_field, RelatedFields):
            for related in _related_objects(search_field, obj):
                _collect(related, search_field.fields, document, top_level=False)
        elif isinstance(search_field, AutocompleteField):
            text = as_text(search_field.get_value(obj))
            if top_level and search_field.field_name == "title":
                document.autocomplete_title.append(text)
            else:
                document.autocomplete.append(text)
        elif isinstance(search_field, SearchField):
            text = as_text(search_field.get_value(obj))
            if top_level and search_field.field_name == "title":
                document.title.append(text)
            elif (search_field.boost or 0) > LEAD_BOOST:
                document.lead.append(text)
            else:
                document.body.append(text)


def document_for(obj, language=""):
    document = Document(language=language)
    _collect(obj, obj.get_search_fields(), document, top_level=True)
    return document


def documents_by_id(model, objs):
    """{str(pk): Document} for objects of an indexed model ({} when it has no search fields)."""
    if not model.get_search_fields():
        return {}
    objs = list(objs)
    languages = languages_of(objs)
    return {str(obj.pk): document_for(obj, languages[obj.pk]) for obj in objs}
