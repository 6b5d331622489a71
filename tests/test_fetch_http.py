"""Which locations name one object: a signed URL whose signature alone rotated (fetch_http.unsigned)."""

import pytest

from enrich.fetch_http import unsigned


@pytest.mark.parametrize(
    "signed, same",
    [
        (
            "https://b.s3.amazonaws.com/a.jpg?X-Amz-Algorithm=A&X-Amz-Date=1&X-Amz-Signature=f0",
            "https://b.s3.amazonaws.com/a.jpg",
        ),
        ("https://h/a.jpg?v=2&X-Goog-Date=1&X-Goog-Signature=f0&id=3", "https://h/a.jpg?v=2&id=3"),
        (
            "https://d.cloudfront.net/a.jpg?Expires=9&Signature=x&Key-Pair-Id=K#top",
            "https://d.cloudfront.net/a.jpg#top",
        ),
        (
            "https://a.blob.core.windows.net/c/a.jpg?sv=1&st=2&se=3&sr=b&sp=r&sig=x",
            "https://a.blob.core.windows.net/c/a.jpg",
        ),
    ],
)
def test_a_signed_url_less_its_signing_parameters(signed, same):
    assert unsigned(signed) == same


@pytest.mark.parametrize(
    "location",
    [
        "https://h/a.jpg?st=red",  # Azure's start time without a signature: another server's selector
        "https://h/a.jpg?X-Amz-Date=1",  # no signature, no signed URL
        "https://h/img&sig=1/a.jpg",  # an & in the path is no parameter
        "s3://b/a.jpg?sig=1",  # an object key may hold a ?
        "https://h/a.jpg?%73ig=1&se=2",  # an encoded name is compared as written
        "/srv/images/a.jpg",
    ],
)
def test_anything_else_is_compared_as_written(location):
    assert unsigned(location) == location
