"""Pictures drawn for the demo (a coloured card with a name on it) rather than shipped, so the
demo's shops need no binary files."""

import hashlib
import io

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model

from core.pdf import FONT_FILES, static_file


def drawn_picture(text: str, colour: tuple[int, int, int], size=(800, 600)):
    """A card in ``colour`` with ``text`` on it, stored as a Wagtail image."""
    picture = PillowImage.new("RGB", size, colour)
    draw = ImageDraw.Draw(picture)
    try:
        font = ImageFont.truetype(str(static_file(FONT_FILES["bold"])), size[1] // 12)
    except OSError:
        font = ImageFont.load_default()
    words, lines = text.split(), [""]
    for word in words:
        candidate = f"{lines[-1]} {word}".strip()
        if draw.textlength(candidate, font=font) > size[0] * 0.8 and lines[-1]:
            lines.append(word)
        else:
            lines[-1] = candidate
    height = len(lines) * size[1] // 10
    for index, line in enumerate(lines):
        width = draw.textlength(line, font=font)
        y = (size[1] - height) // 2 + index * size[1] // 10
        draw.text(((size[0] - width) / 2, y), line, fill=(255, 255, 255), font=font)
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=82)
    image = get_image_model()(title=text[:255])
    name = hashlib.sha256(text.encode()).hexdigest()[:12]
    image.file.save(f"demo-{name}.jpg", ImageFile(buffer), save=False)
    # Read from the buffer's end, the dimensions would come out empty: they are known.
    image.width, image.height = size
    image.save()
    return image
