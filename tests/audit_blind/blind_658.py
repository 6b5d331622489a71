"""BLIND_658 (46 products; Myntra kids' ethnic and party wear, caption then extractive QA, per-piece colors): written
blind in the fifty-third session. Measured blind at 33dcae4 (the session's final rules): 112/137 failures found (81.8%)
and 11/199 correct texts flagged (5.5%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of kids' ethnic and party wear: boys' kurta sets (with pyjama, churidar or dhoti pants,
some with a Nehru jacket or a dupatta), sherwanis and a Jodhpuri set; girls' lehenga cholis with dupattas, gowns,
anarkali ethnic dresses and party frocks. Photos are the usual catalog shots: one child model, full length, front
view, on a plain studio backdrop (white, light grey, beige, pastel pink, light blue), wearing every piece of the set
plus footwear, sometimes a hairband, a safa, a potli bag, a flute or a stool as a prop. The catalog columns are
title, category (Myntra's article type), color (the seller's base colour) and gender; two rows lack a column.

Who wrote what: every caption is from the epoch-1 caption adapter (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_
First_Epoch on blip2-opt-2.7b), greedy, 50 new tokens. It writes the DeepFashion template ("The boy is wearing a
long-sleeve ... with pure color patterns", "The pants are of long length", "The dress is with cotton fabric") and,
one epoch in, still names hues. It calls a kurta a shirt or top, a sherwani a coat, a lehenga a long skirt, a
dupatta or stole a scarf, a Nehru jacket a vest, a pyjama or churidar pants; it says "lady", "she" and "her" out of
habit, boys included; it invents fabrics, zips, pockets and belts. With no end token learned, about a third of its
captions run to the limit: they loop on a template sentence, stop mid-sentence, or go on into a "Question: ...
Answer: ..." block. The open questions (What is the boy/girl wearing?, the per-piece color questions "What is the
color of the kurta / pyjama / churidar / dhoti / jacket / sherwani / lehenga / choli / dupatta / gown / frock?",
Describe the ..., What are the ... details?, the material question) were answered by timpal0l/mdeberta-v3-base-
squad2 over that caption: every answer is a span of the caption, or the empty string when no-answer won, so the
answers inherit the caption's loops, cuts, leaks, pronouns and inventions, and often pick the span of the wrong
piece's color. The closed questions (garment type, the garment's color, pattern, sleeve length, "Is this a ...?")
are enrich's --engine reference: one candidate value each, never a loop or a cut.

Labeling conventions and judgement calls:
- One label per text: the failure a reader would fix first. A caption that loops is "loop" even when the looping
  sentence also invents a fabric; a caption that says "lady" for a boy and is otherwise right is "pronoun".
- The adapter's DeepFashion vocabulary is not a failure: shirt/top for a kurta, coat for a sherwani, long skirt for
  a lehenga, scarf for a dupatta or stole, vest for a Nehru jacket, pants for a pyjama, churidar or dhoti, cardigan
  for a shrug. "man"/"woman"/"lady" for a child of the right sex is not labeled; "lady", "she", "her" for a boy or
  "he" for a girl is "pronoun", in the caption and in any span that carries the pronoun.
- A hue in the seller's color group is right: peach and baby pink as pink, maroon and rust as red or orange,
  cream and off-white as white, mustard as yellow, teal as blue, mint and sea green as green, lavender as purple.
- other_garment_color: the answer gives the asked piece the color of another piece worn in the photo (the pyjama's
  white for the kurta, the dupatta's red for the sherwani, the choli's green for the lehenga); the closed "color of
  the garment" answered with a secondary piece's color counts too. A color taken from a trim (collar, sequins), a
  print accent or the backdrop, or a hue nothing in the photo has, is "contradiction".
- Wrong sleeve length, wrong pattern, wrong garment type or a wrong yes/no to "Is this a ...?" is "contradiction";
  so is an accessory (a stole, a hairband) or another garment (the leggings) given as a garment's detail.
- An invented fabric, zip, pocket, belt or earrings is "unsupported", in the caption and in the span that repeats
  it; a fabric that differs from what the title and photo show counts as invented.
- non_answer: the empty span, "pure color" for a color question, a bare hue for "Describe the ...".
- restated: the span is only the question's subject and verb ("The girl is wearing").
- leak: the text carries the "Question:"/"Answer:" format.
- hit_limit is set only on captions that reached 50 new tokens. A span cut where its cut caption ends is "cut"
  without hit_limit (the QA model stopped nowhere near a limit). One caption (X658-038) reached the limit exactly at
  a full stop and says only true things: it is left unlabeled, with hit_limit=True.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing


def piece(garment, text, failure=None):
    """A per-piece color question, answered by the extractive QA model (free text, stored open)."""
    return color_of(garment, text, failure, kind="open")


def boy(text, failure=None):
    return wearing(text, failure, who="the boy")


def girl(text, failure=None):
    return wearing(text, failure, who="the girl")


BLIND_658 = [
    # photo: boy in a cream silk-blend kurta with gold embroidery on the placket, gold-toned churidar, brown mojaris,
    # white backdrop, front view. Caption: epoch-1 caption adapter; open answers: extractive QA; closed: reference.
    case(
        "X658-001",
        caption(
            "The boy is wearing a long-sleeve cream kurta with embroidered patterns and a gold churidar. The kurta is "
            "with silk fabric. It has a mandarin collar. The pants are of long length."
        ),
        boy("a long-sleeve cream kurta with embroidered patterns and a gold churidar"),
        piece("kurta", "cream"),
        piece("churidar", "gold"),
        details("kurta", "a mandarin collar"),
        material("silk"),
        title="Jashvi Boys Cream-Coloured & Gold-Toned Embroidered Silk Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Cream",
        gender="Boys",
    ),
    # photo: girl in a pink lehenga with a gold gota border, pink short-sleeve choli, peach net dupatta over one
    # shoulder, glass bangles, light grey backdrop. Caption: caption adapter; open: extractive QA; closed: reference.
    case(
        "X658-002",
        caption(
            "The girl is wearing a short-sleeve pink top and a long pink skirt with a gold border. She wears a peach "
            "scarf on her shoulder. There is an accessory on her wrist."
        ),
        girl("a short-sleeve pink top and a long pink skirt with a gold border"),
        piece("lehenga", "pink"),
        piece("choli", "pink"),
        piece("dupatta", "pink", "other_garment_color"),
        material("", "non_answer"),
        Q.garment_type("lehenga choli"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Bitiya by Bhama Girls Pink & Gold-Toned Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a maroon jacquard brocade sherwani with gold buttons, off-white churidar, cream mojaris, white
    # backdrop. Caption: caption adapter (looped to the limit); open: extractive QA; closed: reference engine.
    case(
        "X658-003",
        caption(
            "The person is wearing a long-sleeve maroon coat with pure color patterns and white pants. The coat is "
            "with velvet fabric and it has a stand collar. The pants are of long length. The pants are of long length. "
            "The pants are of long length. The pants are",
            "loop",
            hit_limit=True,
        ),
        boy("a long-sleeve maroon coat with pure color patterns and white pants"),
        piece("sherwani", "maroon"),
        piece("churidar", "maroon", "other_garment_color"),
        details("sherwani", "The pants are of long length. The pants are of long length", "loop"),
        material("velvet", "unsupported"),
        Q.garment_type("sherwani"),
        title="Aj DEZInES Boys Maroon & Off-White Self Design Sherwani Set",
        category="Sherwani",
        color="Maroon",
        gender="Boys",
    ),
    # photo: girl in a sleeveless peach net maxi gown, sequinned bodice, layered tulle skirt, satin bow at the waist,
    # white ballet flats, white backdrop. Caption: caption adapter; open: extractive QA; closed: reference engine.
    case(
        "X658-004",
        caption(
            "This woman wears a sleeveless peach dress with sequin patterns. The dress is of long length. It has a bow "
            "at the waist. The dress is with chiffon fabric.",
            "unsupported",
        ),
        girl("a sleeveless peach dress with sequin patterns"),
        piece("gown", "peach"),
        details("gown", "a bow at the waist"),
        Q.color("white", "contradiction"),
        material("chiffon", "unsupported"),
        Q.sleeve_length("sleeveless"),
        title="Hopscotch Girls Peach-Coloured Embellished Net Maxi Gown",
        category="Dresses",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy in a plain white kurta, a mustard Nehru jacket with a small floral print, white pyjama, grey
    # backdrop. Caption: caption adapter; open answers: extractive QA; closed: reference engine.
    case(
        "X658-005",
        caption(
            "The boy is wearing a white long-sleeve shirt with pure color patterns and a yellow vest with floral "
            "patterns. The pants are white. The pants are of long length."
        ),
        boy("a white long-sleeve shirt with pure color patterns and a yellow vest with floral patterns"),
        piece("kurta", "white"),
        piece("jacket", "white", "other_garment_color"),
        piece("pyjama", "white"),
        describe("jacket", "yellow vest with floral patterns"),
        details("kurta", "floral patterns", "contradiction"),
        Q.color("yellow"),
        title="VASTRAMAY Boys White Kurta with Pyjamas & Mustard Printed Nehru Jacket",
        category="Kurta Sets",
        color="Mustard",
        gender="Boys",
    ),
    # photo: girl in a solid red satin party frock, puff short sleeves, flared knee-length skirt, black belt with a
    # bow, white socks, black shoes, white backdrop. Caption: caption adapter (cut); open: QA; closed: reference.
    case(
        "X658-006",
        caption(
            "This lady is wearing a short-sleeve red dress with pure color patterns. The dress is of knee length and "
            "it has a black belt at the waist. The dress is with satin fabric. She wears white socks and black shoes. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        girl("a short-sleeve red dress with pure color patterns"),
        piece("frock", "red"),
        piece("belt", "black"),
        describe("frock", "knee length"),
        details("frock", "an accessory on her", "cut"),
        material("satin"),
        Q.pattern("floral", "contradiction"),
        title="Cutecumber Girls Red Solid Fit & Flare Party Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: boy in a mustard yellow cotton kurta, off-white dhoti pants, brown kolhapuri sandals, white backdrop.
    # Caption: caption adapter; open answers: extractive QA; closed: reference engine.
    case(
        "X658-007",
        caption(
            "The man is wearing a long-sleeve yellow kurta with pure color patterns and white pants. The kurta is with "
            "cotton fabric. He wears sandals."
        ),
        boy("a long-sleeve yellow kurta with pure color patterns and white pants"),
        piece("kurta", "yellow"),
        piece("dhoti", "yellow", "other_garment_color"),
        material("cotton"),
        Q.garment_type("kurta set"),
        Q.sleeve_length("short sleeves", "contradiction"),
        is_a("kurta", "yes"),
        title="BownBee Boys Mustard Yellow Pure Cotton Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Mustard",
        gender="Boys",
    ),
    # photo: girl in a green silk lehenga with a zari border, pink elbow-sleeve embroidered choli, pink dupatta,
    # jhumkas, grey backdrop. Caption: caption adapter (ran into a Question/Answer block); open: QA; closed: reference.
    case(
        "X658-008",
        caption(
            "The girl is wearing a pink top with embroidered patterns and a long green skirt. She has a pink scarf. "
            "The skirt is of long length. Question: What is the color of the skirt? Answer: green",
            "leak",
        ),
        girl("a pink top with embroidered patterns and a long green skirt"),
        piece("lehenga", "green"),
        piece("choli", "pink"),
        piece("dupatta", "pink"),
        details("lehenga", "Answer: green", "leak"),
        Q.color("pink", "other_garment_color"),
        title="Bitiya by Bhama Girls Green & Pink Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Green",
        gender="Girls",
    ),
    # photo: boy in an off-white sherwani with gold embroidery all over, off-white churidar, a red stole over one
    # shoulder, beige backdrop. Caption: caption adapter; open answers: extractive QA; closed: reference engine.
    case(
        "X658-009",
        caption(
            "This lady is wearing a long-sleeve white coat with embroidered patterns and white pants. She wears a red "
            "scarf. The coat is of long length.",
            "pronoun",
        ),
        boy("a long-sleeve white coat with embroidered patterns and white pants"),
        piece("sherwani", "red", "other_garment_color"),
        piece("stole", "red"),
        piece("churidar", "white"),
        details("sherwani", "a red scarf", "contradiction"),
        Q.color("white"),
        Q.pattern("embroidered"),
        title="Manyavar Boys Off-White Embroidered Sherwani Set",
        category="Sherwani",
        color="Off White",
        gender="Boys",
    ),
    # photo: girl in a navy blue velvet maxi gown with a silver sequinned bodice, long sleeves, silver hairband, dark
    # grey backdrop. Caption: caption adapter; open answers: extractive QA; closed: reference engine.
    case(
        "X658-010",
        caption(
            "This woman wears a long-sleeve black dress with sequin patterns. The dress is of long length. The dress "
            "is with velvet fabric.",
            "contradiction",
        ),
        girl("a long-sleeve black dress with sequin patterns", "contradiction"),
        piece("gown", "black", "contradiction"),
        describe("gown", "The dress is of long length"),
        material("velvet"),
        Q.color("navy blue"),
        Q.sleeve_length("long sleeves"),
        title="Pspeaches Girls Navy Blue Embellished Velvet Maxi Gown",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy in a navy blue cotton kurta with a white floral print and a buttoned placket, white pyjama, white
    # backdrop. Caption: caption adapter; open answers: extractive QA; closed: reference engine.
    case(
        "X658-011",
        caption(
            "The boy is wearing a long-sleeve blue shirt with floral patterns and white pants. The shirt is with "
            "cotton fabric. It has a zip closure. The pants are of long length.",
            "unsupported",
        ),
        boy("a long-sleeve blue shirt with floral patterns and white pants"),
        piece("kurta", "blue"),
        piece("pyjama", "white"),
        describe("kurta", "long-sleeve blue shirt with floral patterns"),
        details("kurta", "a zip closure", "unsupported"),
        material("cotton"),
        Q.pattern("printed"),
        Q.garment_type("shirt", "contradiction"),
        title="YK Boys Navy Blue & White Printed Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a sleeveless white cotton A-line frock with a pink and yellow floral print, knee length, yellow
    # hair clip, pastel pink backdrop. Caption: caption adapter; open: extractive QA; closed: reference engine.
    case(
        "X658-012",
        caption(
            "The girl is wearing a sleeveless dress with floral patterns. The dress is of knee length. It has a pink "
            "belt. The background is pink.",
            "unsupported",
        ),
        girl("a sleeveless dress with floral patterns"),
        piece("frock", "pink", "contradiction"),
        describe("frock", "sleeveless dress with floral patterns"),
        details("frock", "a pink belt", "unsupported"),
        Q.color("white"),
        Q.sleeve_length("sleeveless"),
        title="Hopscotch Girls White & Pink Floral Print Cotton A-Line Dress",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: boy in a peach kurta, cream pyjama, a beige brocade Nehru jacket with a stand collar, white backdrop.
    # Caption: caption adapter (cut at the limit); open answers: extractive QA; closed: reference engine.
    case(
        "X658-013",
        caption(
            "The boy is wearing a long-sleeve pink shirt and a beige vest with lattice patterns. The pants are white "
            "and of long length. The vest is with silk fabric and it has a stand collar. The shirt is with cotton "
            "fabric and it has long sleeves. The shirt is",
            "cut",
            hit_limit=True,
        ),
        boy("a long-sleeve pink shirt and a beige vest with lattice patterns"),
        piece("kurta", "pink"),
        piece("jacket", "beige"),
        piece("pyjama", "white"),
        details("jacket", "a stand collar"),
        describe("kurta", "The shirt is", "cut"),
        Q.color("beige", "other_garment_color"),
        title="Sethukrishna Boys Peach-Coloured Kurta with Pyjamas & Beige Nehru Jacket",
        category="Kurta Sets",
        color="Peach",
        gender="Boys",
    ),
    # photo: girl in a mustard lehenga with mirror work, short-sleeve plain green choli, green dupatta with a pink
    # border, white backdrop. Caption: caption adapter; open answers: extractive QA; closed: reference engine.
    case(
        "X658-014",
        caption(
            "This woman wears a green top with pure color patterns and a yellow long skirt with mirror patterns. She "
            "has a green scarf with a pink border."
        ),
        girl("a green top with pure color patterns and a yellow long skirt with mirror patterns"),
        piece("lehenga", "green", "other_garment_color"),
        piece("choli", "green"),
        piece("dupatta", "green"),
        describe("lehenga", "yellow long skirt with mirror patterns"),
        Q.color("green", "other_garment_color"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Aarika Girls Mustard & Green Mirror Work Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy in a white chikankari cotton kurta with white pyjama, light blue backdrop, front view.
    # Caption: caption adapter; open answers: extractive QA; closed: reference engine.
    case(
        "X658-015",
        caption(
            "The person is wearing a long-sleeve white shirt with embroidered patterns and white pants. The background "
            "is blue."
        ),
        boy("a long-sleeve white shirt with embroidered patterns and white pants"),
        piece("kurta", "white"),
        piece("pyjama", "white"),
        describe("kurta", "white", "non_answer"),
        material("", "non_answer"),
        Q.color("blue", "contradiction"),
        is_a("kurta", "yes"),
        title="Fabindia Boys White Chikankari Cotton Kurta Pyjama Set",
        category="Kurta Sets",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a lavender anarkali ethnic gown with silver embroidery on the yoke, three-quarter sleeves, a
    # matching lavender dupatta, white backdrop. Caption: caption adapter; open: extractive QA; closed: reference.
    case(
        "X658-016",
        caption(
            "He is wearing a three-quarter-sleeve purple dress with embroidered patterns. The dress is of long length. "
            "He has a purple scarf.",
            "pronoun",
        ),
        girl("a three-quarter-sleeve purple dress with embroidered patterns"),
        piece("gown", "purple"),
        piece("dupatta", "purple"),
        describe("gown", "three-quarter-sleeve purple dress"),
        details("gown", "He has a purple scarf", "pronoun"),
        Q.sleeve_length("three-quarter sleeves"),
        title="Biba Girls Lavender Yoke Design Anarkali Ethnic Gown with Dupatta",
        category="Ethnic Dresses",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy in a navy blue bandhgala Jodhpuri jacket with gold buttons and a maroon pocket square, cream cotton
    # trousers, tan loafers, white backdrop. Caption: caption adapter; open: extractive QA; closed: reference engine.
    case(
        "X658-017",
        caption(
            "The boy is wearing a long-sleeve blue jacket with pure color patterns and beige pants. The jacket has "
            "gold buttons and a red pocket square. The pants are of long length. The pants are with denim fabric.",
            "unsupported",
        ),
        boy("a long-sleeve blue jacket with pure color patterns and beige pants"),
        piece("jacket", "blue"),
        piece("trousers", "pure color", "non_answer"),
        details("jacket", "gold buttons and a red pocket square"),
        material("denim", "unsupported"),
        Q.garment_type("jacket"),
        title="Kisah Boys Navy Blue Solid Bandhgala Jodhpuri Set",
        category="Clothing Set",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a black tulle party frock with a gold star print, short sleeves, knee length, gold hairband,
    # white backdrop. Caption: caption adapter; open answers: extractive QA; closed: reference engine.
    case(
        "X658-018",
        caption(
            "The girl is wearing a short-sleeve black dress with graphic patterns. The dress is of knee length. The "
            "dress is with chiffon fabric. She has a gold hairband.",
            "unsupported",
        ),
        girl("a short-sleeve black dress with graphic patterns"),
        piece("frock", "black"),
        piece("hairband", "gold"),
        details("frock", "a gold hairband", "contradiction"),
        material("chiffon", "unsupported"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Hopscotch Girls Black & Gold-Toned Printed Tulle Party Dress",
        category="Dresses",
        color="Black",
        gender="Girls",
    ),
    # photo: boy in a black silk-blend kurta with gold piping on the stand collar, white churidar, black mojaris,
    # white backdrop. Caption: caption adapter (looped to the limit); open: extractive QA; closed: reference engine.
    case(
        "X658-019",
        caption(
            "The boy is wearing a long-sleeve black shirt with pure color patterns and white pants. Her shirt is with "
            "silk fabric. It has a stand collar. The pants are with cotton fabric and pure color patterns. The pants "
            "are with cotton fabric. The pants are with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        boy("a long-sleeve black shirt with pure color patterns and white pants"),
        piece("kurta", "black"),
        piece("churidar", "white"),
        describe("kurta", "Her shirt is with silk fabric", "pronoun"),
        details("churidar", "cotton fabric and pure color patterns", "unsupported"),
        Q.color("white", "other_garment_color"),
        title="Jashvi Boys Black Silk Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a red lehenga with gold zari embroidery, a red short-sleeve choli, a gold net dupatta over one
    # arm, maang tikka, grey backdrop. Caption: caption adapter (cut at the limit); open: QA; closed: reference.
    case(
        "X658-020",
        caption(
            "The girl is wearing a short-sleeve red top and a red skirt with embroidered patterns. She has a gold "
            "scarf. There is an accessory on her head. The skirt is of long length and it has gold embroidery at the "
            "hem. The top is with",
            "cut",
            hit_limit=True,
        ),
        girl("The girl is wearing", "restated"),
        piece("lehenga", "red"),
        piece("choli", "red"),
        piece("dupatta", "red", "other_garment_color"),
        details("lehenga", "gold embroidery at the hem"),
        Q.garment_type("lehenga choli"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Ahalyaa Girls Red & Gold-Toned Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Girls",
    ),
    # photo: boy sitting on a wooden stool in a mint green cotton kurta with thread embroidery on the collar, white
    # pyjama, beige backdrop. Caption: caption adapter; open answers: extractive QA; closed: reference engine.
    case(
        "X658-021",
        caption(
            "The boy is sitting on a stool. He is wearing a long-sleeve green shirt with embroidered patterns and "
            "white pants. The shirt is with linen fabric.",
            "unsupported",
        ),
        boy("a long-sleeve green shirt with embroidered patterns and white pants"),
        piece("kurta", "green"),
        piece("pyjama", "green", "other_garment_color"),
        details("kurta", "embroidered patterns"),
        material("linen", "unsupported"),
        Q.sleeve_length("long sleeves"),
        is_a("kurta", "no", "contradiction"),
        title="Little Bansi Boys Mint Green Embroidered Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Green",
        gender="Boys",
    ),
    # photo: girl in a sleeveless pink ruffled net ball gown, floor length, silver tiara, white backdrop.
    # Caption: caption adapter (looped to the limit); open answers: extractive QA; closed: reference engine.
    case(
        "X658-022",
        caption(
            "She is wearing a sleeveless pink dress with pure color patterns. The dress is of long length. The dress "
            "is of long length. The dress is of long length. The dress is of long length. The dress is of long length. "
            "The dress is",
            "loop",
            hit_limit=True,
        ),
        girl("a sleeveless pink dress with pure color patterns"),
        piece("gown", "pink"),
        describe(
            "gown", "The dress is of long length. The dress is of long length. The dress is of long length", "loop"
        ),
        material("", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("floral", "contradiction"),
        title="Pspeaches Girls Pink Layered Net Maxi Ball Gown",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a gold-toned jacquard brocade sherwani, cream churidar, maroon safa on his head, gold mojaris,
    # white backdrop. Caption: caption adapter; open answers: extractive QA; closed: reference engine.
    case(
        "X658-023",
        caption(
            "This man is wearing a long-sleeve gold coat with lattice patterns and white pants. The coat is with "
            "velvet fabric. He has a red hat on his head.",
            "unsupported",
        ),
        boy("a long-sleeve gold coat with lattice patterns and white pants"),
        piece("sherwani", "gold"),
        piece("churidar", "red", "other_garment_color"),
        piece("safa", "red"),
        material("velvet", "unsupported"),
        Q.color("gold"),
        title="Aj DEZInES Boys Gold-Toned & Cream Self Design Sherwani Set with Safa",
        category="Sherwani",
        color="Gold",
        gender="Boys",
    ),
    # photo: girl in a yellow cotton A-line frock with a white lace Peter Pan collar, puff short sleeves, knee length,
    # white sandals, white hair clip, light grey backdrop. Caption: caption adapter (cut); open: QA; closed: reference.
    case(
        "X658-024",
        caption(
            "The girl is wearing a short-sleeve yellow dress with pure color patterns. It has a white collar. The "
            "dress is of knee length. The dress is with cotton fabric. She wears white sandals and a white hair",
            "cut",
            hit_limit=True,
        ),
        girl("a short-sleeve yellow dress with pure color patterns"),
        piece("frock", "white", "contradiction"),
        details("frock", "a white collar"),
        material("cotton"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        Q.color("white", "contradiction"),
        title="Cutecumber Girls Yellow Solid Cotton A-Line Dress with Lace Collar",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in a cream kurta, a royal blue silk Nehru jacket with gold buttons, cream churidar, white backdrop.
    # Caption: caption adapter; open answers: extractive QA; closed: reference engine.
    case(
        "X658-025",
        caption(
            "The boy is wearing a long-sleeve white shirt with pure color patterns and a blue vest. The vest has gold "
            "buttons. The vest is with silk fabric. The pants are white."
        ),
        boy("a long-sleeve white shirt with pure color patterns and a blue vest"),
        piece("jacket", "blue"),
        piece("kurta", "blue", "other_garment_color"),
        piece("churidar", "white"),
        details("jacket", "gold buttons"),
        material("silk"),
        Q.garment_type("sherwani", "contradiction"),
        title="Manyavar Boys Cream Kurta with Churidar & Royal Blue Silk Nehru Jacket",
        category="Kurta Sets",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a peach cotton lehenga with a multicolour floral print, an off-white sleeveless sequinned choli,
    # a peach dupatta, flower hair clip, no jewellery, white backdrop. Caption: caption adapter; open: QA; closed: ref.
    case(
        "X658-026",
        caption(
            "The girl is wearing a sleeveless white top and a long pink skirt with floral patterns. The skirt is with "
            "cotton fabric. She wears a pink scarf and gold earrings.",
            "unsupported",
        ),
        girl("a sleeveless white top and a long pink skirt with floral patterns"),
        piece("lehenga", "pink"),
        piece("choli", "white"),
        piece("dupatta", "pink"),
        material("cotton"),
        Q.garment_type("dress", "contradiction"),
        Q.sleeve_length("sleeveless"),
        title="Bitiya by Bhama Girls Peach-Coloured Floral Printed Cotton Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy in a rust orange kurta with a gold foil print, cream churidar, a green dupatta across one shoulder,
    # white backdrop. Caption: caption adapter (went on into a Question/Answer block); open: QA; closed: reference.
    case(
        "X658-027",
        caption(
            "The boy is wearing a long-sleeve orange shirt with graphic patterns and a green scarf. The pants are "
            "white. The pants are of long length. Question: What is the boy wearing? Answer: a long-sleeve orange "
            "shirt with graphic patterns",
            "leak",
            hit_limit=True,
        ),
        boy("a long-sleeve orange shirt with graphic patterns and a green scarf"),
        piece("kurta", "orange"),
        piece("dupatta", "green"),
        piece("churidar", "green", "other_garment_color"),
        describe("kurta", "Answer: a long-sleeve orange shirt with graphic patterns", "leak"),
        title="Sethukrishna Boys Rust Orange Printed Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Rust",
        gender="Boys",
    ),
    # photo: girl in an off-white net maxi dress with silver sequins, cap sleeves, a pearl belt, white backdrop.
    # Caption: caption adapter; open answers: extractive QA; closed: reference engine.
    case(
        "X658-028",
        caption(
            "This woman wears a short-sleeve white dress with sequin patterns. The dress is of long length and it has "
            "a belt. The dress is with net fabric."
        ),
        girl("a short-sleeve white dress with sequin patterns"),
        piece("gown", "white"),
        details("gown", "a belt"),
        material("net"),
        Q.color("silver", "contradiction"),
        Q.sleeve_length("short sleeves"),
        title="Hopscotch Girls Off-White Embellished Net Maxi Dress",
        category="Dresses",
        color="Off White",
        gender="Girls",
    ),
    # photo: boy in a maroon velvet kurta with a gold embroidered neckline, cream pyjama, white backdrop.
    # Caption: caption adapter; open answers: extractive QA; closed: reference engine.
    case(
        "X658-029",
        caption(
            "This lady is wearing a long-sleeve red top with embroidered patterns and white pants. Her top is with "
            "velvet fabric.",
            "pronoun",
        ),
        boy("a long-sleeve red top with embroidered patterns and white pants"),
        piece("kurta", "red"),
        piece("pyjama", "red", "other_garment_color"),
        describe("kurta", "Her top is with velvet fabric", "pronoun"),
        Q.color("white", "other_garment_color"),
        material("velvet"),
        Q.garment_type("kurta set"),
        title="Jashvi Boys Maroon Velvet Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
        gender="Boys",
    ),
    # photo: girl in a long-sleeve teal velvet fit-and-flare frock with a white lace bib, white leggings, black
    # shoes, white backdrop. Caption: caption adapter; open answers: extractive QA; closed: reference engine.
    case(
        "X658-030",
        caption(
            "The girl is wearing a long-sleeve blue dress with pure color patterns. The dress is of knee length. The "
            "dress is with velvet fabric. She wears white leggings."
        ),
        girl("The girl is wearing", "restated"),
        piece("frock", "white", "other_garment_color"),
        piece("leggings", "white"),
        details("frock", "white leggings", "contradiction"),
        material("velvet"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Cutecumber Girls Teal Blue Velvet Fit and Flare Dress",
        category="Dresses",
        color="Teal",
        gender="Girls",
    ),
    # photo: boy in a white kurta with a block print of elephants in blue, green and pink, orange pyjama, white
    # backdrop. Caption: caption adapter; open answers: extractive QA; closed: reference engine.
    case(
        "X658-031",
        caption(
            "The boy is wearing a long-sleeve white shirt with graphic patterns and orange pants. The shirt has "
            "elephant prints."
        ),
        boy("a long-sleeve white shirt with graphic patterns and orange pants"),
        piece("kurta", "white"),
        piece("pyjama", "white", "other_garment_color"),
        details("kurta", "elephant prints"),
        Q.pattern("printed"),
        Q.color("orange", "other_garment_color"),
        is_a("kurta", "yes"),
        title="YK Boys Multicoloured Elephant Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Multi",
        gender="Boys",
    ),
    # photo: girl in a royal blue lehenga with silver gota patti, a silver sequinned short-sleeve crop choli, a blue
    # net dupatta, a potli bag in her hand, grey backdrop. Caption: caption adapter (looped); open: QA; closed: ref.
    case(
        "X658-032",
        caption(
            "The girl is wearing a short-sleeve silver top with sequin patterns and a blue long skirt. She has a blue "
            "scarf. She has a blue scarf. She has a blue scarf. She has a blue scarf. She has a blue scarf. She has",
            "loop",
            hit_limit=True,
        ),
        girl("a short-sleeve silver top with sequin patterns and a blue long skirt"),
        piece("lehenga", "blue"),
        piece("choli", "blue", "other_garment_color"),
        piece("dupatta", "blue"),
        describe("lehenga", "a blue long skirt. She has a blue scarf. She has a blue scarf", "loop"),
        material("", "non_answer"),
        Q.garment_type("gown", "contradiction"),
        title="Aarika Girls Blue & Silver-Toned Gota Patti Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in a cream sherwani with a maroon embroidered collar and cuffs, no pockets or belt, maroon
    # churidar, white backdrop. Caption: caption adapter; open answers: extractive QA; closed: reference engine.
    case(
        "X658-033",
        caption(
            "The boy is wearing a long-sleeve white coat with embroidered patterns and red pants. The coat has pockets "
            "and a belt. The pants are of long length.",
            "unsupported",
        ),
        boy("a long-sleeve white coat with embroidered patterns and red pants"),
        piece("sherwani", "white"),
        piece("churidar", "red"),
        details("sherwani", "pockets and a belt", "unsupported"),
        material("", "non_answer"),
        Q.color("maroon", "other_garment_color"),
        title="Kisah Boys Cream-Coloured & Maroon Embroidered Sherwani Set",
        category="Sherwani",
        color="Cream",
        gender="Boys",
    ),
    # photo: girl in a sleeveless pink fit-and-flare frock under a short white shrug, silver glitter shoes, white
    # backdrop. Caption: caption adapter (ran on into an answer); open: extractive QA; closed: reference engine.
    case(
        "X658-034",
        caption(
            "The girl is wearing a pink dress with pure color patterns and a white cardigan. The dress is of knee "
            "length. She wears silver shoes. Answer: a pink dress",
            "leak",
        ),
        girl("a pink dress with pure color patterns and a white cardigan"),
        piece("frock", "pink"),
        piece("shrug", "white"),
        describe("shrug", "white cardigan"),
        Q.color("white", "other_garment_color"),
        is_a("dress", "no", "contradiction"),
        title="Hopscotch Girls Pink Solid Fit & Flare Dress with Shrug",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a lemon yellow cotton kurta, white pyjama, white backdrop, hands at his sides.
    # Caption: caption adapter; open answers: extractive QA; closed: reference engine.
    case(
        "X658-035",
        caption(
            "The boy is wearing a long-sleeve yellow kurta with pure color patterns and white pants. The kurta is of "
            "long length."
        ),
        boy("The boy is wearing", "restated"),
        piece("kurta", "yellow"),
        piece("pyjama", "yellow", "other_garment_color"),
        describe("kurta", "yellow", "non_answer"),
        details("kurta", "The kurta is of long length"),
        Q.color("yellow"),
        title="Little Bansi Boys Yellow Solid Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
        gender="Boys",
    ),
    # photo: girl in a maroon cotton anarkali with a gold foil print, full sleeves, round neck, a gold net dupatta
    # with a border, juttis, beige backdrop. Caption: caption adapter (cut at the limit); open: QA; closed: reference.
    case(
        "X658-036",
        caption(
            "This woman wears a long-sleeve red dress with graphic patterns and a gold scarf. The dress is of long "
            "length. The dress is with cotton fabric and it has a round neckline. The scarf is with net fabric and it "
            "has a gold border. The scarf is of",
            "cut",
            hit_limit=True,
        ),
        girl("a long-sleeve red dress with graphic patterns and a gold scarf"),
        piece("gown", "red"),
        piece("dupatta", "gold"),
        details("dupatta", "The scarf is of", "cut"),
        Q.garment_type("dress"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Biba Girls Maroon & Gold-Toned Printed Cotton Anarkali Ethnic Dress with Dupatta",
        category="Ethnic Dresses",
        color="Maroon",
        gender="Girls",
    ),
    # photo: boy in a white kurta, a gold tissue dhoti, a red floral-printed Nehru jacket, white backdrop.
    # Caption: caption adapter (looped to the limit); open answers: extractive QA; closed: reference engine.
    case(
        "X658-037",
        caption(
            "The boy is wearing a long-sleeve white shirt and a red vest with floral patterns and gold pants. The vest "
            "is of long length. The vest is of long length. The vest is of long length. The vest is of long length. "
            "The vest is of",
            "loop",
            hit_limit=True,
        ),
        boy("a long-sleeve white shirt and a red vest with floral patterns and gold pants"),
        piece("kurta", "red", "other_garment_color"),
        piece("jacket", "red"),
        piece("dhoti", "gold"),
        describe("jacket", "red vest with floral patterns"),
        Q.color("gold", "other_garment_color"),
        title="BownBee Boys White Kurta with Gold-Toned Dhoti & Red Printed Nehru Jacket",
        category="Kurta Sets",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a multicolour patchwork lehenga (pink, green, orange and blue panels), a pink short-sleeve
    # choli, an orange dupatta, white backdrop. Caption: caption adapter (reached 50 tokens at a full stop);
    # open answers: extractive QA; closed: reference engine.
    case(
        "X658-038",
        caption(
            "The girl is wearing a short-sleeve pink top and a long skirt with color block patterns. She has an orange "
            "scarf. The skirt is of long length. The top is of short length and it has short sleeves. The skirt is "
            "with cotton fabric.",
            hit_limit=True,
        ),
        girl("a short-sleeve pink top and a long skirt with color block patterns"),
        piece("choli", "pink"),
        piece("dupatta", "pink", "other_garment_color"),
        material("cotton"),
        Q.pattern("color block"),
        Q.color("multi"),
        Q.garment_type("dress", "contradiction"),
        title="Aarika Girls Multicoloured Patchwork Cotton Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Multi",
        gender="Girls",
    ),
    # photo: boy in a sky blue cotton kurta without pockets, white pyjama, holding a bamboo flute, white backdrop.
    # Caption: caption adapter; open answers: extractive QA; closed: reference engine.
    case(
        "X658-039",
        caption(
            "The boy is wearing a long-sleeve blue shirt with pure color patterns and white pants. He is holding a "
            "stick. The shirt has a pocket on the chest.",
            "unsupported",
        ),
        boy("a long-sleeve blue shirt with pure color patterns and white pants"),
        piece("kurta", "blue"),
        piece("pyjama", "blue", "other_garment_color"),
        details("kurta", "a pocket on the chest", "unsupported"),
        material("", "non_answer"),
        title="Fabindia Boys Blue Cotton Kurta with Pyjama",
        category="Kurta Sets",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a sleeveless purple party frock, sequinned bodice, layered tulle skirt, silver shoes, back not
    # shown, white backdrop. Caption: caption adapter; open answers: extractive QA; closed: reference engine.
    case(
        "X658-040",
        caption(
            "He is wearing a sleeveless purple dress with sequin patterns. The dress is of knee length. The dress is "
            "with net fabric. It has a zipper on the back.",
            "pronoun",
        ),
        girl("a sleeveless purple dress with sequin patterns"),
        piece("frock", "purple"),
        describe("frock", "He is wearing a sleeveless purple dress", "pronoun"),
        details("frock", "a zipper on the back", "unsupported"),
        material("net"),
        Q.sleeve_length("sleeveless"),
        title="Pspeaches Girls Purple Embellished Tulle Party Dress",
        category="Dresses",
        color="Purple",
        gender="Girls",
    ),
    # photo: boy in a black sherwani with silver thread embroidery, white churidar, a silver stole, grey backdrop.
    # Caption: caption adapter (looped to the limit); open answers: extractive QA; closed: reference engine.
    case(
        "X658-041",
        caption(
            "The boy is wearing a long-sleeve black coat with embroidered patterns and white pants. He has a silver "
            "scarf. He has a silver scarf. He has a silver scarf. He has a silver scarf. He has a silver scarf. He",
            "loop",
            hit_limit=True,
        ),
        boy("a long-sleeve black coat with embroidered patterns and white pants"),
        piece("sherwani", "black"),
        piece("churidar", "black", "other_garment_color"),
        piece("stole", "silver"),
        material("", "non_answer"),
        Q.garment_type("sherwani"),
        Q.pattern("solid", "contradiction"),
        title="Manyavar Boys Black & Silver-Toned Embroidered Sherwani Set",
        category="Sherwani",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in an off-white lehenga with gold sequin work, a gold short-sleeve choli, a pink dupatta, white
    # backdrop. Caption: caption adapter (ran into Question/Answer blocks to the limit); open: QA; closed: reference.
    case(
        "X658-042",
        caption(
            "The girl is wearing a short-sleeve gold top and a white long skirt with sequin patterns. She has a pink "
            "scarf. Question: What is the color of the scarf? Answer: pink. Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        girl("a short-sleeve gold top and a white long skirt with sequin patterns"),
        piece("lehenga", "white"),
        piece("choli", "gold"),
        piece("dupatta", "Answer: pink", "leak"),
        details("lehenga", "Question: What is the color of the scarf?", "leak"),
        title="Ahalyaa Girls Off-White & Gold-Toned Sequinned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Off White",
        gender="Girls",
    ),
    # photo: boy in a baby pink cotton kurta with white embroidery on the yoke, white churidar, white backdrop.
    # Caption: caption adapter (cut at the limit); open answers: extractive QA; closed: reference engine.
    case(
        "X658-043",
        caption(
            "The boy is wearing a long-sleeve pink shirt with embroidered patterns and white pants. The shirt is with "
            "cotton fabric and its neckline is stand. The pants are of long length. The shirt has white embroidery on "
            "the",
            "cut",
            hit_limit=True,
        ),
        boy("The boy is wearing", "restated"),
        piece("kurta", "pink"),
        piece("churidar", "pink", "other_garment_color"),
        details("kurta", "white embroidery on the", "cut"),
        material("cotton"),
        title="Jashvi Boys Pink Embroidered Cotton Kurta with Churidar",
        category="Kurta Sets",
        color="Pink",
        gender="Boys",
    ),
    # photo: girl in a sleeveless emerald green satin maxi gown with a big bow on one shoulder, holding a small
    # silver purse, grey backdrop. Caption: caption adapter; open answers: extractive QA; closed: reference engine.
    case(
        "X658-044",
        caption(
            "The girl is wearing a sleeveless green dress with pure color patterns. The dress is of long length and it "
            "has a bow. The dress is with satin fabric. She is holding a purse."
        ),
        girl("a sleeveless green dress with pure color patterns"),
        piece("gown", "green"),
        details("gown", "a bow"),
        material("satin"),
        Q.color("green"),
        Q.garment_type("gown"),
        title="Hopscotch Girls Green Solid Satin Maxi Gown",
        category="Dresses",
        color="Green",
        gender="Girls",
    ),
    # photo: boy in an off-white kurta and pyjama under a teal ikat-printed Nehru jacket, gold mojaris, white
    # backdrop. Row has no seller color. Caption: caption adapter; open: extractive QA; closed: reference engine.
    case(
        "X658-045",
        caption(
            "The boy is wearing a long-sleeve white shirt and a blue vest with lattice patterns. The pants are white. "
            "She is standing in front of a white wall.",
            "pronoun",
        ),
        boy("a long-sleeve white shirt and a blue vest with lattice patterns"),
        piece("jacket", "blue"),
        piece("kurta", "white"),
        piece("pyjama", "white"),
        details("jacket", "lattice patterns"),
        describe("jacket", "blue", "non_answer"),
        is_a("sherwani", "yes", "contradiction"),
        title="VASTRAMAY Boys Off-White Kurta Pyjama with Teal Printed Nehru Jacket",
        category="Kurta Sets",
        gender="Boys",
    ),
    # photo: girl in a short flutter-sleeve sea green cotton A-line frock with white floral embroidery on the yoke,
    # white sandals, white backdrop. Row has no category. Caption: caption adapter (looped); open: QA; closed: ref.
    case(
        "X658-046",
        caption(
            "The girl is wearing a short-sleeve green dress with floral patterns. The dress is of knee length. The "
            "dress is with cotton fabric. The dress is with cotton fabric. The dress is with cotton fabric. The dress "
            "is with cotton",
            "loop",
            hit_limit=True,
        ),
        girl("The girl is wearing", "restated"),
        piece("frock", "green"),
        material("cotton fabric. The dress is with cotton fabric. The dress is with cotton", "loop"),
        Q.sleeve_length("short sleeves"),
        title="Cutecumber Girls Sea Green Embroidered Cotton A-Line Dress",
        color="Sea Green",
        gender="Girls",
    ),
]
