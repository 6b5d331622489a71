"""BLIND_171 (44 products; the experiments re-run on a random sample of a Myntra-style marketplace, in their own
questionnaire): written blind in the twenty-second session. Measured blind at 0424240: 124/142 failures found
(87.3%) and 17/144 correct texts flagged (11.8%). The writer's notes, verbatim:

Blind corpus 171: the experiments' models re-run on a sample of a Myntra-style marketplace.

Scenario
    The original experiments' untuned base model and their fine-tuned adapters were re-run on a random sample of 44
    products of a Myntra-style marketplace (men's, women's and kids' clothing, western and ethnic, weighted roughly as
    such a catalog is: about 18 men's, 19 women's, 7 kids'), one product per item. Each product gets a caption and
    the experiments' own questionnaire: the closed questions of BLIND_QUESTIONS (garment type, color, pattern, sleeve
    length, material), the VQA data's yes/no garment question ("Is this a kurta?") and the experiments' color
    question ("What is the color of the shirt?"), plus now and then the other prompts they probed ("What is she
    wearing?", "What are the jeans details?"). The seller's columns (gender, category, color, title, in the
    marketplace's own words: "Men", "Kurta Sets", "Navy Blue", "Roadster Men ...") come with each case; a few
    products lack some of them.

Which system wrote which text (named again in the comment above each case)
    - BASE: untuned `Salesforce/blip2-opt-2.7b`, greedy. Stops on its newline terminator, so its texts are short:
      mostly right, but with one color carried to every garment, background colors, a "dress" for a kurta, an empty
      string or the question's own words back, and now and then the wrong sex for the person.
    - CAP1 / CAP3: the caption adapters (`leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch`, epoch 1, and
      `leoreigoto/Data2_V2_Blip2_Finetune_Caption`, epoch 3). They write the DeepFashion template ("The lady wears a
      long-sleeve shirt with pure color patterns. The shirt is with cotton fabric ...") for every prompt, have no
      kurta/saree/lehenga in their vocabulary, invent rings and "an accessory on her wrist", and mostly run to the
      token limit (50 for captions, 30 for answers) because no end token was trained. CAP3 loops the template more.
    - VQA: `leoreigoto/Data3_V3_BLIP2_VQA`. No end token was trained either, so almost every answer runs to the
      30-token limit: loops ("short short short ...", "the shirt is with long-sleeve, the shirt is with ..."),
      the `Question: ... Answer:` format carried on (prompt leak), or a long sentence cut mid-phrase.

How it was written
    Blind. Only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (the Case/Text layout,
    the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case, TARGETS) were read; nothing else
    of the project (no audits, no other corpora). The photos are imagined; a comment above each case describes the
    photo every label was judged against.

Label conventions and judgement calls
    - One label per text. A text that runs to the token limit (hit_limit=True) is labelled `loop` when it repeats
      itself, `leak` when it carries on the `Question: ... Answer:` format, and `cut` otherwise, even when the part
      before the cut also invents details or returns the caption template to a question.
    - `cut` texts are ~30 tokens for answers and ~50 for captions and stop mid-phrase.
    - The caption template returned, complete, to a question it does not answer (a yes/no or a color question) is
      `non_answer`; so are an empty answer, "i don't know", "clothing" for the garment type, and "they are short"
      for the shorts' details.
    - `restated`: the answer gives the question's words back as if they were the answer ("sleeve length", "the
      material of the garment is the fabric").
    - `other_garment_color`: a color answer (the garment's color, or the color question about one named garment)
      that gives the color of another garment in the photo (the jeans get the shirt's color, the product gets the
      layer under it). A color taken from the background (a wall, a floor) is `contradiction`, since the seller's
      color or another text contradicts it and no garment has it.
    - `contradiction`: a garment or color contradicted by the seller's columns or by another text about the same
      product ("no" to "Is this a saree?" for a saree; "dress" or "lehenga" for a kurta set where the seller says
      kurta; a jumpsuit described as a tank top and trousers; "long" sleeves for a sleeveless dress that another
      text calls sleeveless; "short" for rolled-up long sleeves). A kurta, even a calf-length one, called a "dress"
      is a contradiction of the seller's category; so is a kurta set described by the caption template as a shirt
      and trousers (when such a template answer runs to the limit it is labelled `cut` instead).
    - A yes/no question answered "no" for the product's own garment is `contradiction`; "yes" to a question that
      is not yes/no ("What is the sleeve length of the garment?") is `non_answer`.
    - `unsupported`: details the photo does not show (a ring, "an accessory on her wrist", a necklace, pockets, a
      person for a flat-lay product, care-label claims, leather for a nylon bomber).
    - `pronoun`: the wrong sex for the person pictured ("The lady wears" for a man with a bun, "a little girl" for a
      toddler boy, "a man" for a woman in a saree).
    - Correct, on purpose: near-color synonyms of the seller's color (navy -> "blue", maroon -> "burgundy"/"red",
      cream -> "white", teal -> "turquoise", magenta -> "pink", charcoal -> "dark grey", peach -> "light pink",
      olive -> "green"); a garment-type synonym ("sweatpants" for track pants, "salwar kameez" for a kurta set, "dress
      shirt" for a formal shirt, "blouse" for a top, "sari"); two colors for a print or stripes; the layer under the
      product named in the caption; backgrounds named in captions; product shots without a person; the same color
      right for both pieces of a matching set; single-word material guesses a photo allows (cotton, denim, silk,
      chiffon); "3/4" and "three quarter" sleeves.
    - Kids: the CAP adapters' "gentleman"/"lady" for a boy/girl is not a pronoun failure (it is the template's only
      word); the wrong sex is.
    - color_of texts are stored open (the experiments generated them freely); BLIND_QUESTIONS texts are closed, raw
      text kept.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing  # noqa: F401


def colour(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """The experiments' free-form color question about one garment."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_171: list[Case] = [
    # ---------------------------------------------------------------- MEN
    # 1. Photo: man in a navy crew-neck tee, light-blue jeans, plain grey studio background. BASE: caption,
    # garment_type, color, material, is_a, colour. VQA: pattern. CAP1: details.
    case(
        "MYN-10023401",
        caption("a man wearing a navy blue t-shirt and jeans"),
        B.garment_type("t-shirt"),
        B.color("blue"),
        B.pattern(
            "solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid "
            "solid solid solid solid solid solid solid solid solid solid solid solid solid",
            "loop",
            hit_limit=True,
        ),
        B.material("100% cotton, bio-washed and pre-shrunk", "unsupported"),
        is_a("t-shirt", "no", "contradiction"),
        colour("t-shirt", "navy blue"),
        details(
            "t-shirt",
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and it has a crew neckline. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
    ),
    # 2. Photo: man in a black tee with a large white "HRX" graphic on the chest, black joggers, white background,
    # no watch or bracelet. CAP3: caption. BASE: color, pattern. VQA: garment_type, sleeve_length.
    case(
        "MYN-11874522",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "solid color patterns. There is an accessory on his wrist.",
            "unsupported",
        ),
        B.color("black"),
        B.pattern("printed"),
        B.garment_type(
            "t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length(
            "short-sleeve with a crew neckline and a regular fit, the T-shirt is with cotton fabric and graphic "
            "patterns and the gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Printed Round Neck Pure Cotton T-shirt",
    ),
    # 3. Photo: product shot, no person: a white polo laid flat on a light-grey surface, small navy embroidered logo
    # on the chest. BASE: caption, garment_type, color, pattern, material. CAP1: wearing.
    case(
        "MYN-13390187",
        caption("a white polo shirt on a grey background"),
        B.garment_type("polo shirt"),
        B.color("white"),
        B.pattern("solid"),
        wearing(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline.",
            "unsupported",
            who="he",
        ),
        B.material("material", "restated"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Louis Philippe Sport Men White Polo Collar T-shirt",
    ),
    # 4. Photo: young man in an olive oversized tee with black typography, khaki cargo pants, red-brick wall. BASE:
    # every text.
    case(
        "MYN-16201954",
        caption("a man in a green t-shirt standing in front of a brick wall"),
        B.garment_type("clothing", "non_answer"),
        B.color("green"),
        colour("t-shirt", "khaki", "other_garment_color"),
        colour("pants", "khaki"),
        B.sleeve_length("short"),
        gender="Men",
        category="Tshirts",
        color="Olive",
        title="Difference of Opinion Men Olive Green Typography Printed Oversized T-shirt",
    ),
    # 5. Photo: man in a mustard-and-navy horizontally striped tee (no chest pocket), black jeans, outdoors, blurred
    # green trees. CAP1: caption (ended cleanly, right), material. BASE: color, pattern, colour, details.
    case(
        "MYN-12755630",
        caption(
            "The gentleman wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric "
            "and it has a crew neckline. The gentleman wears a long denim pants. The pants are with denim fabric and "
            "solid color patterns."
        ),
        B.color("yellow and blue"),
        B.pattern("stripes"),
        colour("jeans", "black"),
        details("t-shirt", "a pocket on the chest", "unsupported"),
        B.material(
            "The gentleman wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric "
            "and it has a crew neckline. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Mustard",
        title="Roadster Men Mustard Yellow & Navy Striped Round Neck T-shirt",
    ),
    # 6. Photo: man in a heather-grey tee with a small black Puma cat logo, black shorts, white background. BASE:
    # caption, color, colour, material. VQA: pattern, sleeve_length.
    case(
        "MYN-14467012",
        caption("a man in a grey t-shirt and black shorts"),
        B.color("grey"),
        colour("shorts", "grey", "other_garment_color"),
        B.pattern(
            "solid Question: What is the sleeve length of the garment? Answer: short Question: What is the "
            "material of the garment? Answer: cotton Question:",
            "leak",
            hit_limit=True,
        ),
        B.sleeve_length(
            "short short short short short short short short short short short short short short short short "
            "short short short short short short short short short short short short short short",
            "loop",
            hit_limit=True,
        ),
        B.material("cotton"),
        gender="Men",
        category="Tshirts",
        color="Grey Melange",
        title="Puma Men Grey Melange Solid Round Neck T-shirt",
    ),
    # 7. Photo: man in a blue-and-white gingham long-sleeve shirt, sleeves rolled to the elbows, beige chinos, grey
    # studio. BASE: caption, garment_type, pattern, sleeve_length, colour pants. CAP3: details. VQA: colour shirt.
    case(
        "MYN-10982217",
        caption("a man wearing a blue and white checkered shirt and khaki pants"),
        B.garment_type("shirt"),
        B.pattern("plaid"),
        B.sleeve_length("short", "contradiction"),
        details(
            "shirt",
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are",
            "cut",
            hit_limit=True,
        ),
        colour(
            "shirt",
            "blue and white, the color of the shirt is blue and white, the color of the pants is khaki, the color "
            "of the shirt is blue and",
            "loop",
            hit_limit=True,
        ),
        colour("pants", "blue", "other_garment_color"),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Highlander Men Blue & White Slim Fit Checked Casual Shirt",
    ),
    # 8. Photo: man in an open black full-sleeve shirt worn over a white crew tee, blue jeans, grey background.
    # BASE: every text.
    case(
        "MYN-15530468",
        caption("a man wearing a black shirt over a white t-shirt and jeans"),
        B.color("white", "other_garment_color"),
        B.garment_type("shirt"),
        colour("shirt", "black"),
        wearing("a black shirt and jeans", who="he"),
        B.sleeve_length("sleeve length", "restated"),
        gender="Men",
        category="Shirts",
        color="Black",
        title="WROGN Men Black Slim Fit Solid Casual Shirt",
    ),
    # 9. Photo: product shot, no person: a folded white formal shirt with collar and buttons on a white background.
    # BASE: caption, garment_type, color, is_a. CAP3: wearing. VQA: material.
    case(
        "MYN-10344790",
        caption("a white dress shirt on a white background"),
        B.garment_type("dress shirt"),
        B.color("white"),
        wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "it has a lapel neckline. The gentleman wears a",
            "cut",
            who="he",
            hit_limit=True,
        ),
        B.material(
            "polyester cotton blend, the shirt has a spread collar and a single patch pocket on the chest, the "
            "cuffs are with",
            "cut",
            hit_limit=True,
        ),
        is_a("t-shirt", "no"),
        gender="Men",
        category="Shirts",
        color="White",
        title="Peter England Men White Regular Fit Formal Shirt",
    ),
    # 10. Photo: man in an olive long-sleeve button-down shirt, black jeans, against a bright yellow wall. Seller
    # color column missing. CAP3: caption. BASE: color, colours, garment_type, sleeve_length. VQA: pattern.
    case(
        "MYN-17720315",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "it has a lapel neckline. The gentleman wears a long denim pants. The pants are with denim fabric and "
            "pure color patterns. The gentleman wears a long-sleeve shirt with pure color",
            "loop",
            hit_limit=True,
        ),
        B.color("yellow", "contradiction"),
        colour("shirt", "green"),
        colour("jeans", "green", "other_garment_color"),
        B.pattern(
            "pure color Question: What is the sleeve length of the garment? Answer: long-sleeve Question: What is the",
            "leak",
            hit_limit=True,
        ),
        B.garment_type("shirt"),
        B.sleeve_length("yes", "non_answer"),
        gender="Men",
        category="Shirts",
        title="Mast & Harbour Men Olive Green Regular Fit Solid Casual Shirt",
    ),
    # 11. Photo: lower-half shot: a man's legs in medium-blue skinny jeans, white sneakers, the hem of a white tee
    # just visible, white background. BASE: caption, garment_type, is_a, color, material. VQA: colour. CAP1:
    # details.
    case(
        "MYN-11206673",
        caption("a man in blue jeans and white sneakers"),
        B.garment_type("jeans"),
        is_a("pair of jeans", "yes"),
        colour(
            "jeans",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            hit_limit=True,
        ),
        B.color("white", "other_garment_color"),
        details(
            "jeans",
            "The gentleman wears a long denim pants. The pants are with denim fabric and pure color patterns. There "
            "is an accessory on his wrist. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        B.material("denim"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 12. Photo: man in black jeans ripped at the knees, a grey hoodie, hands in the hoodie pocket (no ring
    # visible), grey wall. CAP1: caption. BASE: colour, color, details, is_a. VQA: garment_type, material.
    case(
        "MYN-13849921",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The gentleman wears a long denim "
            "pants with ripped holes. The pants are with denim fabric and solid color patterns. The gentleman wears "
            "a ring.",
            "unsupported",
        ),
        colour("jeans", "grey", "other_garment_color"),
        B.color("black"),
        details("jeans", "ripped"),
        B.garment_type(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
            "denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        B.material(
            "denim Question: Is this a pair of jeans? Answer: yes Question: What is the color of the jeans? Answer: "
            "black Question:",
            "leak",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        gender="Men",
        category="Jeans",
        color="Black",
        title="Mufti Men Black Slim Fit Mildly Distressed Jeans",
    ),
    # 13. Photo: man (short hair) in charcoal formal trousers, a light-blue formal shirt tucked in, black belt,
    # brown shoes, white backdrop. BASE: caption, colours, color, garment_type, material. CAP3: wearing.
    case(
        "MYN-10657348",
        caption("a man in a blue shirt and grey pants"),
        colour("pants", "dark grey"),
        colour("shirt", "light blue"),
        B.color("blue", "other_garment_color"),
        B.garment_type("a shirt", "contradiction"),
        B.material("the material of the garment", "restated"),
        wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The lady wears a long trousers. The "
            "trousers are with polyester fabric and pure color patterns.",
            "pronoun",
            who="he",
        ),
        gender="Men",
        category="Trousers",
        color="Charcoal",
        title="Louis Philippe Men Charcoal Grey Slim Fit Formal Trousers",
    ),
    # 14. Photo: man with long hair tied in a bun, beard, navy track pants with a thin white side stripe, black
    # sports tee, running shoes, white background. BASE: caption, colour, pattern, garment_type. VQA: material.
    # CAP1: wearing.
    case(
        "MYN-12980054",
        caption("a woman in a black shirt and blue pants", "pronoun"),
        colour("pants", "navy"),
        B.pattern("solid"),
        B.garment_type("sweatpants"),
        B.material(
            "polyester, the pants are with polyester fabric and solid color patterns, the gentleman wears a "
            "short-sleeve T-shirt with pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The lady wears a long trousers. The "
            "trousers are with polyester fabric and solid color patterns.",
            "pronoun",
            who="he",
        ),
        gender="Men",
        category="Track Pants",
        color="Navy Blue",
        title="HRX by Hrithik Roshan Men Navy Blue Solid Rapid-Dry Track Pants",
    ),
    # 15. Photo: man in a knee-length cream kurta with a subtle self-design jacquard weave, white churidar, mojaris,
    # in front of a carved wooden door. BASE: caption, garment_type, color, pattern, material. VQA: is_a,
    # sleeve_length. CAP3: details.
    case(
        "MYN-14102286",
        caption("a man in a white kurta standing in front of a wooden door"),
        B.garment_type("kurta"),
        is_a(
            "kurta",
            "no, it is a shirt. Question: Is this a shirt? Answer: yes Question: Is this a shirt? Answer: yes "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        B.color("white"),
        B.pattern("the pattern of the kurta", "restated"),
        B.sleeve_length(
            "long-sleeve, the shirt is with long-sleeve, the shirt is with long-sleeve, the shirt is with "
            "long-sleeve, the shirt is with long",
            "loop",
            hit_limit=True,
        ),
        B.material("silk"),
        details(
            "kurta",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "it has a stand neckline. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurtas",
        color="Cream",
        title="Manyavar Men Cream-Coloured Self Design Straight Kurta",
    ),
    # 16. Photo: man in a hip-length navy kurta with a small white floral buti print, white pyjamas, outdoors by a
    # stone pillar. CAP1: caption, is_a. BASE: garment_type, color, colour, pattern. VQA: sleeve_length.
    case(
        "MYN-15877103",
        caption(
            "The gentleman wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric and it "
            "has a stand neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns.",
            "contradiction",
        ),
        B.garment_type("kurta"),
        B.color("blue"),
        colour("pants", "blue", "other_garment_color"),
        B.pattern("floral"),
        B.sleeve_length(
            "long long long long long long long long long long long long long long long long long long long long "
            "long long long long long long long long long long",
            "loop",
            hit_limit=True,
        ),
        is_a(
            "kurta",
            "The gentleman wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric and it "
            "has a stand neckline.",
            "non_answer",
        ),
        gender="Men",
        category="Kurta Sets",
        color="Navy Blue",
        title="Anouk Men Navy Blue & White Printed Straight Kurta with Pyjamas",
    ),
    # 17. Photo: man in a maroon pullover hoodie, hood down, kangaroo pocket, white drawstrings, grey joggers, white
    # background. BASE: caption, garment_type, color, is_a. VQA: details, sleeve_length.
    case(
        "MYN-11560739",
        caption("a man wearing a red hoodie and grey sweatpants"),
        B.garment_type("hoodie"),
        B.color("burgundy"),
        is_a("sweatshirt", "no", "contradiction"),
        details(
            "hoodie",
            "hooded, drawstring, kangaroo pocket, ribbed cuffs, ribbed hem, hooded, drawstring, kangaroo pocket, "
            "ribbed cuffs, ribbed hem, hooded, drawstring",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length(
            "long-sleeve Question: What is the material of the garment? Answer: cotton Question: What is the "
            "pattern of the garment? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweatshirts",
        color="Maroon",
        title="Roadster Men Maroon Solid Hooded Sweatshirt",
    ),
    # 18. Photo: man in a matte black nylon bomber jacket, unzipped over a white tee, blue jeans, grey background.
    # BASE: caption, garment_type, colour, material, wearing. VQA: color.
    case(
        "MYN-16633481",
        caption("a man in a black jacket and jeans"),
        B.garment_type("jacket"),
        B.color(
            "black, the jacket is black and the t-shirt is white and the jeans are blue, the jacket is black and "
            "the t-shirt is white and the",
            "loop",
            hit_limit=True,
        ),
        colour("shirt", "white"),
        B.material("leather", "unsupported"),
        wearing("a black jacket, a white t-shirt and blue jeans", who="he"),
        gender="Men",
        category="Jackets",
        color="Black",
        title="Roadster Men Black Solid Bomber Jacket",
    ),
    # ---------------------------------------------------------------- WOMEN
    # 19. Photo: woman in a mustard-yellow kurta with a green floral print, three-quarter sleeves, white palazzos,
    # against a pink wall. BASE: caption, color, pattern, sleeve_length, colour. CAP3: garment_type. VQA: material.
    case(
        "MYN-13255716",
        caption("a woman in a yellow kurta standing in front of a pink wall"),
        B.color("yellow"),
        B.pattern("floral"),
        B.sleeve_length("3/4"),
        B.garment_type(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric and it has a "
            "round neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        colour("pants", "yellow", "other_garment_color"),
        B.material(
            "cotton Question: What is the color of the kurta? Answer: yellow Question: What is the color of the "
            "pants? Answer: white Question",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Yellow",
        title="Libas Women Yellow & Green Floral Printed Straight Kurta",
    ),
    # 20. Photo: woman in a maroon A-line calf-length kurta with a gold gota border at the hem, full sleeves, gold
    # leggings, white background. CAP1: caption, is_a. BASE: color, garment_type, pattern, sleeve_length, details.
    case(
        "MYN-12044598",
        caption(
            "The gentleman wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and "
            "it has a round neckline.",
            "pronoun",
        ),
        B.color("red"),
        B.garment_type("dress", "contradiction"),
        is_a(
            "kurta",
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and it "
            "has a round neckline.",
            "non_answer",
        ),
        B.pattern("pattern", "restated"),
        B.sleeve_length("long"),
        details("kurta", "gold border"),
        gender="Women",
        category="Kurtas",
        color="Maroon",
        title="Sangria Women Maroon Solid A-Line Kurta",
    ),
    # 21. Photo: woman in an indigo kurta with white block-printed geometric motifs, mandarin collar, 3/4 sleeves,
    # white cigarette pants, in a garden. BASE: caption, color, pattern, colour, material. CAP3: details. VQA:
    # sleeve_length.
    case(
        "MYN-14788302",
        caption("a woman in a blue and white printed kurta in a garden"),
        B.color("blue and white"),
        B.pattern("geometric"),
        details(
            "kurta",
            "The lady wears a three-point sleeve shirt with graphic patterns. The shirt is with cotton fabric and it "
            "has a stand neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length(
            "three-point sleeve, the shirt is with three-point sleeve, the shirt is with three-point sleeve, the "
            "shirt is with three-point sleeve",
            "loop",
            hit_limit=True,
        ),
        colour("pants", "white"),
        B.material("the material of the garment is the fabric", "restated"),
        gender="Women",
        category="Kurtas",
        color="Blue",
        title="W Women Blue & White Printed Straight Kurta",
    ),
    # 22. Photo: woman in a calf-length bottle-green kurta with gold thread embroidery on the yoke, long sleeves,
    # beige background. Seller title and color missing. BASE: caption, garment_type, color, material, wearing. VQA:
    # pattern.
    case(
        "MYN-17309845",
        caption("a woman in a green dress with gold embroidery", "contradiction"),
        B.garment_type("kurta"),
        B.color("green"),
        B.pattern(
            "embroidery on the yoke and the sleeves, the lady wears a long-sleeve shirt with embroidery on the yoke "
            "and the sleeves, the lady wears a",
            "loop",
            hit_limit=True,
        ),
        B.material("", "non_answer"),
        wearing("a green kurta", who="she"),
        gender="Women",
        category="Kurtas",
    ),
    # 23. Photo: woman in a pink kurta with gold foil print, pink palazzos, a sheer pink dupatta with a gold border
    # over the shoulders, white studio. CAP1: caption. BASE: color, pattern, garment_type, material, sleeve_length.
    # VQA: is_a.
    case(
        "MYN-15120639",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric and it has a "
            "v-shape neckline. The lady wears a long trousers. The trousers are with chiffon fabric and pure color "
            "patterns. The lady wears a long-sleeve dress with graphic",
            "loop",
            hit_limit=True,
        ),
        B.color("pink"),
        B.pattern("printed"),
        B.garment_type("salwar kameez"),
        is_a(
            "kurta",
            "yes, it is a kurta. Question: Is this a dupatta? Answer: yes Question: Is this a dupatta? Answer: yes "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        B.material("georgette, hand wash only, do not bleach", "unsupported"),
        B.sleeve_length("three quarter"),
        gender="Women",
        category="Kurta Sets",
        color="Pink",
        title="Jaipur Kurti Women Pink & Gold Printed Kurta with Palazzos & Dupatta",
    ),
    # 24. Photo: woman in a teal straight hip-length kurta with a silver-embroidered yoke, no pockets, matching teal
    # trousers, on outdoor steps with potted plants. BASE: caption, color, colour, garment_type, details. VQA:
    # sleeve_length. CAP3: wearing.
    case(
        "MYN-16455170",
        caption("a woman in a blue outfit standing on a staircase"),
        B.color("turquoise"),
        colour("pants", "turquoise"),
        B.garment_type("a dress", "contradiction"),
        details("kurta", "pockets", "unsupported"),
        B.sleeve_length(
            "three-point sleeve Question: What is the material of the garment? Answer: cotton Question: What is the "
            "pattern of the garment? Answer",
            "leak",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a three-point sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "it has a round neckline. The lady wears a",
            "cut",
            who="she",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurta Sets",
        color="Teal",
        title="Indo Era Women Teal Blue Yoke Design Kurta with Trousers",
    ),
    # 25. Photo: woman in a black-and-white horizontally striped short-sleeve knit top (pullover, no buttons) tucked
    # into blue high-waist jeans, white background. BASE: caption, garment_type, color, pattern, colour, details.
    # VQA: sleeve_length. CAP3: wearing.
    case(
        "MYN-11938427",
        caption("a woman wearing a black and white striped shirt and jeans"),
        B.garment_type("shirt"),
        B.color("black and white"),
        B.pattern("stripes"),
        colour("jeans", "black", "other_garment_color"),
        B.sleeve_length(
            "short-sleeve Question: What is the color of the jeans? Answer: blue Question: What is the color of the "
            "shirt? Answer: black Question:",
            "leak",
            hit_limit=True,
        ),
        wearing(
            "The gentleman wears a short-sleeve T-shirt with striped patterns. The gentleman wears a long denim "
            "pants. The pants are with denim fabric and solid color patterns.",
            "pronoun",
            who="she",
        ),
        details("shirt", "buttons", "unsupported"),
        gender="Women",
        category="Tops",
        color="Black",
        title="SASSAFRAS Women Black & White Striped Top",
    ),
    # 26. Photo: woman in a peach top with short puff sleeves and a square neck, white wide-leg trousers, no watch
    # or bracelet, cream background. CAP3: caption. BASE: color, sleeve_length, pattern, material. VQA:
    # garment_type.
    case(
        "MYN-17082263",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a square neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        B.color("light pink"),
        B.sleeve_length("short"),
        B.pattern("solid"),
        B.garment_type(
            "blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse "
            "blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse",
            "loop",
            hit_limit=True,
        ),
        B.material("the material is the material of the top", "restated"),
        gender="Women",
        category="Tops",
        color="Peach",
        title="Tokyo Talkies Women Peach-Coloured Solid Puff Sleeve Top",
    ),
    # 27. Photo: woman (long hair) in a navy wrap top with a small white-and-red floral print, V-neck, long sleeves,
    # black trousers, no jewellery, grey studio. BASE: caption, color, pattern, garment_type, wearing. CAP1:
    # details.
    case(
        "MYN-13617590",
        caption("a woman in a blue floral top and black pants"),
        B.color("black", "other_garment_color"),
        B.pattern("floral"),
        details(
            "top",
            "The gentleman wears a long-sleeve shirt with floral patterns. The shirt is with chiffon fabric and it "
            "has a v-shape neckline.",
            "pronoun",
        ),
        B.garment_type("blouse"),
        wearing("a blue top with red flowers, black pants and a gold necklace", "unsupported", who="she"),
        gender="Women",
        category="Tops",
        color="Navy Blue",
        title="Harpa Women Navy Blue Floral Print Wrap Top",
    ),
    # 28. Photo: woman in a red sleeveless knee-length fit-and-flare dress, nude heels, walking on a city street.
    # BASE: caption, garment_type, sleeve_length. CAP3: pattern. VQA: wearing.
    case(
        "MYN-10871124",
        caption("a woman in a red dress walking down the street"),
        B.garment_type("dress"),
        B.sleeve_length("long", "contradiction"),
        B.pattern(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and it has "
            "a round neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a red dress Question: What is she wearing? Answer: a red dress Question: What is she wearing? Answer: a "
            "red",
            "leak",
            who="she",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Red",
        title="Athena Women Red Solid Fit and Flare Dress",
    ),
    # 29. Photo: ghost-mannequin product shot, no person: a blue maxi dress with a yellow floral print, short
    # flutter sleeves, white background. BASE: caption, color, pattern, is_a, material. CAP1: wearing. VQA:
    # sleeve_length.
    case(
        "MYN-14930566",
        caption("a blue dress with yellow flowers on it"),
        wearing(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and it has a "
            "v-shape neckline. There is an accessory on her wrist.",
            "unsupported",
            who="she",
        ),
        B.color("blue and yellow"),
        B.pattern("floral"),
        B.sleeve_length(
            "short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve "
            "short-sleeve short-sleeve short-sleeve",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "no", "contradiction"),
        B.material("clothing", "non_answer"),
        gender="Women",
        category="Dresses",
        color="Blue",
        title="Sera Women Blue & Yellow Floral Print Maxi Dress",
    ),
    # 30. Photo: woman in a black sequinned long-sleeve bodycon mini dress, party background with warm gold bokeh
    # lights. CAP3: caption. BASE: color, pattern, sleeve_length, colour. VQA: is_a.
    case(
        "MYN-16018842",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. The "
            "lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. The lady "
            "wears a long-sleeve dress with pure color",
            "loop",
            hit_limit=True,
        ),
        B.color("black"),
        B.pattern("sequins"),
        B.sleeve_length("the sleeve length of the dress", "restated"),
        is_a(
            "dress",
            "yes Question: Is this a dress? Answer: yes Question: Is this a dress? Answer: yes Question: Is this",
            "leak",
            hit_limit=True,
        ),
        colour("dress", "gold", "contradiction"),
        gender="Women",
        category="Dresses",
        color="Black",
        title="DressBerry Women Black Sequinned Bodycon Dress",
    ),
    # 31. Photo: woman in a rose-pink silk-blend saree with a gold zari border, a gold brocade blouse, pallu over
    # the shoulder, arched palace-like background. BASE: caption, garment_type, color, colour. CAP1: wearing. VQA:
    # pattern.
    case(
        "MYN-12367099",
        caption("a woman in a pink sari standing in front of an archway"),
        B.garment_type("sari"),
        B.color("pink and gold"),
        colour("blouse", "pink", "other_garment_color"),
        wearing(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with silk fabric and it has a "
            "round neckline. The lady wears a long",
            "cut",
            who="she",
            hit_limit=True,
        ),
        B.pattern(
            "pure color Question: What is the sleeve length of the garment? Answer: short-sleeve Question: What is "
            "the material of the garment? Answer",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Sarees",
        color="Pink",
        title="Mitera Pink & Gold-Toned Zari Silk Blend Saree",
    ),
    # 32. Photo: woman (long hair, bindi) in a navy georgette saree with a red floral print, a red short-sleeve
    # blouse, plain grey studio. BASE: caption, color, pattern, material, is_a, sleeve_length. VQA: garment_type.
    case(
        "MYN-15694418",
        caption("a man in a blue and red sari", "pronoun"),
        B.color("blue"),
        B.pattern("floral"),
        B.material("chiffon"),
        B.garment_type(
            "dress, the lady wears a long-sleeve dress with floral patterns, the lady wears a long-sleeve dress "
            "with floral patterns, the lady wears a",
            "loop",
            hit_limit=True,
        ),
        is_a("saree", "no", "contradiction"),
        B.sleeve_length("", "non_answer"),
        gender="Women",
        category="Sarees",
        color="Navy Blue",
        title="Saree mall Navy Blue & Red Floral Printed Poly Georgette Saree",
    ),
    # 33. Photo: woman (long hair) in light-wash blue skinny jeans and a white sleeveless crop top, white
    # background. BASE: caption, colour, color, garment_type, material. CAP1: wearing.
    case(
        "MYN-11482235",
        caption("a woman in a white top and blue jeans"),
        colour("jeans", "light blue"),
        B.color("white", "other_garment_color"),
        B.garment_type("jeans"),
        B.material("denim"),
        wearing(
            "The gentleman wears a sleeveless tank top with pure color patterns. The gentleman wears a long denim "
            "pants. The pants are with denim fabric and pure color patterns.",
            "pronoun",
            who="she",
        ),
        gender="Women",
        category="Jeans",
        color="Blue",
        title="Roadster Women Blue Skinny Fit High-Rise Jeans",
    ),
    # 34. Photo: cropped lower-body shot: black ankle-length leggings, grey sneakers, only the hem of a white tee
    # visible (its sleeves are out of frame), white background. CAP1: caption. BASE: garment_type, color, pattern,
    # is_a. VQA: material.
    case(
        "MYN-13075561",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The lady wears a long leggings. The "
            "leggings are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        B.garment_type("leggings"),
        B.color("black"),
        B.pattern("", "non_answer"),
        B.material(
            "cotton lycra, the leggings are with cotton fabric and pure color patterns, the lady wears a "
            "short-sleeve T-shirt with pure color patterns",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of leggings", "yes"),
        gender="Women",
        category="Leggings",
        color="Black",
        title="De Moza Women Black Solid Ankle-Length Leggings",
    ),
    # 35. Photo: woman in a white tee with a colourful floral graphic on the front, blue denim shorts, white
    # background. BASE: caption, color, pattern, colour, wearing. VQA: material.
    case(
        "MYN-17455903",
        caption("a woman wearing a white t-shirt with a flower print and denim shorts"),
        B.color("white"),
        B.pattern("graphic"),
        colour("shorts", "white", "other_garment_color"),
        wearing("a white t - shirt", who="she"),
        B.material(
            "cotton Question: What is the color of the shorts? Answer: blue Question: What is the color of the "
            "t-shirt? Answer: white",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Tshirts",
        color="White",
        title="Roadster Women White Printed Round Neck T-shirt",
    ),
    # 36. Photo: woman in a magenta flared lehenga with heavy gold embroidery, matching half-sleeve choli, a sheer
    # gold net dupatta, wedding-decor background. BASE: caption, color, pattern, sleeve_length, details, is_a. VQA:
    # garment_type. CAP3: material.
    case(
        "MYN-16790314",
        caption("a woman in a pink and gold lehenga"),
        B.garment_type(
            "skirt, the lady wears a long skirt with graphic patterns, the lady wears a long skirt with graphic "
            "patterns, the lady wears a",
            "loop",
            hit_limit=True,
        ),
        B.color("pink"),
        B.pattern("embroidered"),
        B.sleeve_length("short"),
        B.material(
            "The lady wears a long skirt with graphic patterns. The skirt is with chiffon fabric. The lady wears a "
            "short-sleeve shirt with graphic patterns. The",
            "cut",
            hit_limit=True,
        ),
        details("lehenga", "it is a lehenga", "non_answer"),
        is_a("saree", "yes", "contradiction"),
        gender="Women",
        category="Lehenga Choli",
        color="Magenta",
        title="Fabcartz Women Magenta & Gold Embroidered Lehenga Choli with Dupatta",
    ),
    # 37. Photo: woman in an olive sleeveless wide-leg jumpsuit (one piece) with a fabric tie belt, white sneakers,
    # cream background. Seller title missing. CAP1: caption. BASE: garment_type, color, sleeve_length, material.
    # VQA: pattern.
    case(
        "MYN-14255087",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The lady wears a long trousers. The "
            "trousers are with cotton fabric and pure color patterns. The lady wears a belt.",
            "contradiction",
        ),
        B.garment_type("jumpsuit"),
        B.color("green"),
        B.sleeve_length("sleeveless"),
        B.pattern(
            "pure color, the jumpsuit is with pure color patterns, the jumpsuit is with pure color patterns, the "
            "jumpsuit is with pure color",
            "loop",
            hit_limit=True,
        ),
        B.material("fabric", "non_answer"),
        gender="Women",
        category="Jumpsuit",
        color="Olive",
    ),
    # ---------------------------------------------------------------- KIDS
    # 38. Photo: boy of about eight in a red tee with a cartoon dinosaur print, blue denim shorts, white background.
    # BASE: caption, color, pattern, colour, material. CAP1: wearing. VQA: sleeve_length.
    case(
        "MYN-12603378",
        caption("a little boy wearing a red t-shirt with a dinosaur on it"),
        B.color("red"),
        B.pattern("dinosaur"),
        colour("shorts", "red", "other_garment_color"),
        wearing(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "it has a crew neckline. The gentleman wears a",
            "cut",
            who="he",
            hit_limit=True,
        ),
        B.sleeve_length(
            "short short short short short short short short short short short short short short short short "
            "short short short short short short short short short short short short short short",
            "loop",
            hit_limit=True,
        ),
        B.material("the garment is made of material", "restated"),
        gender="Boys",
        category="Tshirts",
        color="Red",
        title="YK Boys Red Printed Round Neck T-shirt",
    ),
    # 39. Photo: product shot, no person: a pack of two plain crew-neck tees, one navy and one grey, laid flat side
    # by side on white. BASE: caption, color, garment_type, wearing, material. VQA: sleeve_length.
    case(
        "MYN-15342190",
        caption("two t-shirts, one blue and one grey, on a white background"),
        B.color("blue and grey"),
        B.garment_type("t-shirts"),
        wearing("a blue t-shirt and grey pants", "unsupported", who="he"),
        B.sleeve_length(
            "short-sleeve Question: What is the material of the garment? Answer: cotton Question: What is the "
            "pattern of the garment?",
            "leak",
            hit_limit=True,
        ),
        B.material("i don't know", "non_answer"),
        gender="Boys",
        category="Tshirts",
        color="Multi",
        title="HELLCAT Boys Pack of 2 Solid T-shirts",
    ),
    # 40. Photo: toddler boy (short hair) in a white half-sleeve shirt with a small blue anchor print and blue
    # shorts, sitting on a wooden floor. BASE: caption, color, pattern, colours, material. CAP3: garment_type.
    case(
        "MYN-17188645",
        caption("a little girl sitting on the floor wearing a white shirt and blue shorts", "pronoun"),
        B.color("white and blue"),
        B.pattern("anchors"),
        colour("shirt", "white"),
        colour("shorts", "white", "other_garment_color"),
        B.garment_type(
            "The gentleman wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        B.material("cloth", "non_answer"),
        gender="Boys",
        category="Clothing Set",
        color="White",
        title="Babyhug Boys White & Blue Shirt with Shorts",
    ),
    # 41. Photo: girl of about five in a pink sleeveless dress with a white floral print and a tulle skirt layer, in
    # a park; no ring, no bracelet. CAP1: caption. BASE: color, garment_type, pattern. VQA: sleeve_length.
    case(
        "MYN-13929472",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric and it has a "
            "round neckline. The lady wears a ring. There is an accessory on her wrist.",
            "unsupported",
        ),
        B.color("pink"),
        B.garment_type("dress"),
        B.sleeve_length(
            "sleeveless Question: What is the material of the garment? Answer: chiffon Question: What is the pattern "
            "of the garment? Answer:",
            "leak",
            hit_limit=True,
        ),
        B.pattern("flowers"),
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="Peppermint Girls Pink Floral Print Fit and Flare Dress",
    ),
    # 42. Photo: product shot, no person: a mustard-yellow A-line short-sleeve dress with a bow at the waist, laid
    # flat on a brown wooden floor. Seller color column missing. BASE: caption, color, garment_type, details. VQA:
    # material, wearing.
    case(
        "MYN-16541836",
        caption("a yellow dress on a wooden floor"),
        B.color("brown", "contradiction"),
        B.garment_type("dress"),
        details("dress", "bow"),
        B.material(
            "cotton, the dress is with cotton fabric and it has a round neckline, the lady wears a short-sleeve "
            "dress with pure color patterns, the",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a yellow dress Question: What is the color of the dress? Answer: yellow Question: What is the color of "
            "the",
            "leak",
            who="she",
            hit_limit=True,
        ),
        gender="Girls",
        category="Dresses",
        title="Cherry Crumble Girls Yellow Solid A-Line Dress",
    ),
    # 43. Photo: girl in a green kurta with pink floral motifs, a pink sharara and a pink dupatta, white backdrop.
    # BASE: caption, color, colour, garment_type, pattern, material. VQA: sleeve_length.
    case(
        "MYN-14617259",
        caption("a young girl in a green and pink indian outfit"),
        B.color("green"),
        colour("pants", "green", "other_garment_color"),
        B.garment_type("lehenga", "contradiction"),
        B.pattern("floral"),
        B.sleeve_length(
            "three-point sleeve, the shirt is with three-point sleeve, the shirt is with three-point sleeve, the "
            "shirt is with three-point",
            "loop",
            hit_limit=True,
        ),
        B.material("the material", "restated"),
        gender="Girls",
        category="Kurta Sets",
        color="Green",
        title="Biba Girls Green & Pink Printed Kurta with Sharara & Dupatta",
    ),
    # 44. Photo: boy of about ten (short hair) in navy chino shorts and a white polo tee, on a lawn. Seller category
    # missing. CAP3: caption. BASE: colour, color, details, garment_type, is_a. VQA: material.
    case(
        "MYN-11764028",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The lady wears a three-point pants. The pants are with cotton fabric and pure "
            "color patterns.",
            "pronoun",
        ),
        colour("shorts", "blue"),
        B.color("white", "other_garment_color"),
        details("shorts", "they are short", "non_answer"),
        B.garment_type("shorts"),
        is_a("pair of shorts", "yes"),
        B.material(
            "cotton, the pants are with cotton fabric and pure color patterns, the lady wears a short-sleeve shirt "
            "with pure color patterns, the",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        color="Navy Blue",
        title="Gini and Jony Boys Navy Blue Solid Regular Shorts",
    ),
]
