"""BLIND_1614 (45 products; Myntra men's ethnic wear, base BLIP-2 zero-shot): written blind in the sixty-sixth session.
Measured blind at 5d4d43a (the session's fifth rules): 55/70 failures found (78.6%) and 23/215 correct texts flagged
(10.7%). The writer's notes, verbatim:

Scenario: a Myntra men's ethnic wear feed (article types Kurtas, Kurta Sets, Sherwani, Nehru Jackets; base colours
as Myntra names them: Navy Blue, Off White, Cream, Maroon, Mustard, Teal...). Photos are the usual catalog shots: a
model on a plain backdrop wearing the product with a churidar, pyjama, dhoti or jeans, Nehru jackets worn over a
contrasting kurta, now and then a flat lay, a back view, a prop (stool, chair, cup, sunglasses, marigolds), a stole
or dupatta draped over a sherwani. Gender is left out on a few rows, category or colour on one each, as feeds do.
Who wrote what: untuned Salesforce/blip2-opt-2.7b, zero-shot, greedy, wrote every caption (no prompt, 50 new tokens)
and every open answer (wearing, describe, details, material; 30 new tokens, stopping on the newline). The closed
questions (garment type, colour, pattern, sleeve length, colour of a named garment, "Is this a ...?") were answered
by enrich's reference engine, which ranks the candidates and keeps the raw text when it maps to none (so "off white",
"navy blue" appear as raw). The base model stops on its own most of the time, so loops and cuts are rarer than with
the adapters: they show up in the long open answers (describe, details, material), with hit_limit set.
Labeling conventions and judgement calls: truth is the photo as I imagined it (the comment above each case) plus the
title. Adjacent shades count as correct (cream or off white answered "white", navy answered "blue", maroon "red", teal
"green", peach "pink", mustard "yellow", rust "orange", lavender "purple"); navy answered "black" is wrong
(contradiction). A kurta called a "shirt" or a "dress" as the garment (caption, wearing, garment type) is a
contradiction; "long shirt", "tunic", "shalwar kameez", "traditional indian outfit" are correct. For a Nehru jacket,
"vest" is correct; for a sherwani, "sherwani", "coat", "suit", "jacket" are correct (the nearest candidate). A garment
under or beside the product named loosely ("pink shirt" under a jacket) is not held against the text. An answer that
gives a garment another one's colour (the product the pyjama's, stole's, jeans' or under-kurta's, or the pyjama or
churidar the kurta's) is other_garment_color; a wrong colour, garment, pattern, sleeve or material that the title or the
photo contradicts is contradiction; a material the title does not state and the photo does not support (wool, velvet),
or an invented shirt, pocket or embroidery, is unsupported. For a kurta set whose jacket is part of the set, the
jacket's colour for "the garment" is correct, but the jacket's colour for the kurta (or the kurta's for the jacket) is
not. "white" alone for what the person wears, and "the back" for the details, are non_answer; "the kurta is a kurta" and
"made of a material" are restated. A text with two faults carries the first one a reader would notice. About a quarter
of the texts are wrong, fewer than the adapters would give: the engine's closed answers are mostly right, and the base
model's short, vague open answers are usually true; its failures gather on Indian garment names, long-haired models, and
the second garment in the frame.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as Q,
)
from tests.audit_corpus import (
    DEFAULT_QUESTIONS as D,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

BLIND_1614 = [
    # Navy printed straight kurta, white churidar, front view, grey backdrop. All texts correct.
    # Caption and wearing: base BLIP-2; closed answers: reference engine; material: base BLIP-2.
    case(
        "X1614-001",
        caption("a man in a blue kurta and white pants"),
        wearing("a blue kurta"),
        Q.garment_type("kurta"),
        Q.color("navy blue"),
        Q.pattern("printed"),
        Q.material("cotton"),
        gender="Men",
        title="Anouk Men Navy Blue Ethnic Motifs Printed Pure Cotton Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Maroon silk-blend kurta, cream churidar, model standing, white wall. Engine gave the churidar the kurta's maroon.
    case(
        "X1614-002",
        caption("a man in a maroon kurta and white pants standing in front of a white wall"),
        wearing("a red kurta and white pants"),
        color_of("kurta", "maroon"),
        color_of("churidar", "maroon", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        Q.material("silk"),
        gender="Men",
        title="Sojanya Men Maroon & Cream-Coloured Solid Silk Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Cream sherwani with gold embroidery, cream churidar, red stole over the shoulder, mojaris, beige backdrop.
    # Engine's colour for the garment picked the stole's red.
    case(
        "X1614-003",
        caption("a man in a white and gold traditional indian outfit with a red scarf"),
        wearing("a sherwani"),
        Q.garment_type("sherwani"),
        Q.color("red", "other_garment_color"),
        Q.pattern("embroidered"),
        is_a("sherwani", "yes"),
        gender="Men",
        title="Manyavar Men Cream-Coloured & Gold-Toned Embroidered Sherwani Set",
        category="Sherwani",
        color="Cream",
    ),
    # Black Nehru jacket over a white kurta, white pyjama. Engine gave the kurta's long sleeves to the jacket.
    case(
        "X1614-004",
        caption("a man in a black vest and white kurta"),
        wearing("a black jacket and white pants"),
        Q.garment_type("vest"),
        Q.color("black"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.material("polyester"),
        gender="Men",
        title="Hangup Men Black Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
    ),
    # White kurta with tonal white chikankari all over the front, white pyjama, white backdrop. The tonal embroidery
    # is faint in the photo: the engine's "solid" is wrong (only the photo and the title show it).
    case(
        "X1614-005",
        caption("a man in a white kurta and white pants"),
        Q.color("white"),
        Q.pattern("solid", "contradiction"),
        D.description("a white kurta with embroidery"),
        D.details("the embroidery on the front of the kurta"),
        gender="Men",
        title="House of Pataudi Men White Chikankari Embroidered Straight Kurta",
        category="Kurtas",
        color="White",
    ),
    # Mustard kurta with a slight sheen, white pyjama, hands in pockets. All correct.
    case(
        "X1614-006",
        caption("a man in a yellow kurta and white pants"),
        wearing("a yellow kurta", who="the man"),
        Q.garment_type("kurta"),
        Q.color("yellow"),
        color_of("pyjama", "white"),
        Q.sleeve_length("long sleeves"),
        Q.material("silk"),
        gender="Men",
        title="VASTRAMAY Men Mustard Yellow & White Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Green kurta with thread work at the yoke, white churidar; clean-shaven model with long hair tied back.
    # Base BLIP-2 took him for a woman in the caption and the wearing answer, and the kurta for a dress.
    case(
        "X1614-007",
        caption("a woman in a green dress standing in front of a white wall", "pronoun"),
        wearing("she is wearing a green kurta", "pronoun"),
        Q.garment_type("kurta"),
        Q.color("green"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves"),
        D.description("a long green dress with embroidery on the neck", "contradiction"),
        gender="Men",
        title="See Designs Men Green Mandarin Collar Thread Work Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Royal blue brocade Nehru jacket with woven florals over a cream kurta, cream churidar. Engine said "no" to it
    # being a Nehru jacket.
    case(
        "X1614-008",
        caption("a man in a blue and white outfit"),
        wearing("a blue vest over a white kurta"),
        Q.color("blue"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        is_a("nehru jacket", "no", "contradiction"),
        Q.material("silk"),
        describe("jacket", "a blue jacket with a white shirt underneath"),
        gender="Men",
        title="Manyavar Men Blue Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Blue",
    ),
    # Flat lay: indigo kurta with small white block-printed motifs, folded on a wooden floor. No person.
    # Caption and engine called the folded kurta a shirt.
    case(
        "X1614-009",
        caption("a blue shirt laying on a wooden floor", "contradiction"),
        wearing("a blue and white kurta"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.material("cotton"),
        gender="Men",
        title="Fabindia Men Indigo Blue Printed Cotton Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Peach-pink floral printed kurta, white pyjama. Engine's garment colour took the pyjama's white; base model's
    # details answer only restates the question.
    case(
        "X1614-010",
        caption("a man in a pink floral kurta and white pants"),
        wearing("a pink kurta and white pajamas"),
        Q.color("white", "other_garment_color"),
        Q.pattern("floral"),
        D.details("the details of the garment are the details of the garment", "restated"),
        Q.material("cotton"),
        gender="Men",
        title="Jompers Men Pink Floral Printed Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Pink",
    ),
    # Maroon velvet sherwani with gold zari, gold churidar, safa turban. Base model said silk against the title's
    # velvet.
    case(
        "X1614-011",
        caption("a man in a red and gold outfit with a turban"),
        wearing("a sherwani and a turban"),
        Q.garment_type("coat"),
        Q.color("maroon"),
        Q.material("silk", "contradiction"),
        Q.pattern("embroidered"),
        is_a("sherwani", "yes"),
        gender="Men",
        title="Manyavar Men Maroon Velvet Embroidered Sherwani Set",
        category="Sherwani",
        color="Maroon",
    ),
    # Black kurta, white churidar, black mojaris. Description ran to the limit and stopped mid-phrase; engine gave the
    # churidar the kurta's black.
    case(
        "X1614-012",
        caption("a man in a black kurta"),
        wearing("a black kurta and white pants"),
        Q.color("black"),
        Q.sleeve_length("long sleeves"),
        color_of("churidar", "black", "other_garment_color"),
        D.description(
            "a black kurta with a mandarin collar and a button placket on the front and a pair of white pants with a "
            "drawstring waist and a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Tabard Men Black Solid Straight Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Three-piece set: beige kurta, green printed Nehru jacket, beige churidar. "green" for the garment (the set) is
    # fine; green for the kurta is the jacket's colour.
    case(
        "X1614-013",
        caption("a man in a green vest and white pants"),
        wearing("a green jacket"),
        Q.color("green"),
        color_of("kurta", "green", "other_garment_color"),
        is_a("kurta", "yes"),
        Q.garment_type("kurta"),
        gender="Men",
        title="KISAH Men Beige & Green Printed Kurta with Churidar & Nehru Jacket",
        category="Kurta Sets",
        color="Beige",
    ),
    # Back view: grey self-design Nehru jacket over a white kurta. Nothing in the photo says wool.
    case(
        "X1614-014",
        caption("the back of a man in a grey vest"),
        wearing("a vest"),
        Q.color("grey"),
        Q.sleeve_length("sleeveless"),
        D.details("the back of the vest", "non_answer"),
        Q.material("wool", "unsupported"),
        gender="Men",
        title="Ethnix by Raymond Men Grey Self Design Nehru Jacket",
        category="Nehru Jackets",
        color="Grey",
    ),
    # Teal kurta with tonal silver sequins at the yoke, white pyjama. No gold anywhere: the caption invents it.
    case(
        "X1614-015",
        caption("a man in a blue kurta with gold embroidery", "unsupported"),
        wearing("a blue kurta"),
        Q.color("green"),
        Q.pattern("embroidered"),
        D.details("sequins on the neckline"),
        is_a("kurta", "yes"),
        gender="Men",
        title="Anouk Men Teal Yoke Design Sequinned Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # Off-white cotton kurta (plain weave, no slub), white pyjama, sunglasses in hand. Wearing answered with a colour
    # only; description echoes the prompt's "Answer:"; linen is a guess the photo does not support.
    case(
        "X1614-016",
        caption("a man in a white kurta and white pants holding sunglasses"),
        wearing("white", "non_answer"),
        Q.garment_type("kurta"),
        Q.color("off white"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        D.description("Answer: a white kurta with white pyjamas", "leak"),
        Q.material("linen", "unsupported"),
        gender="Men",
        title="Manyavar Men Off-White Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Off White",
    ),
    # Short peach kurta worn with blue jeans (indo-western). Caption calls it a shirt; engine gave the kurta the
    # jeans' blue.
    case(
        "X1614-017",
        caption("a man in a pink shirt and jeans", "contradiction"),
        wearing("a pink kurta and jeans"),
        Q.color("pink"),
        color_of("kurta", "blue", "other_garment_color"),
        Q.garment_type("kurta"),
        gender="Men",
        title="DEYANN Men Peach-Coloured Solid Straight Kurta",
        category="Kurtas",
        color="Peach",
    ),
    # Navy jacquard sherwani, white churidar, brooch; studio light makes the navy read black to the base model.
    # Engine got the colour right but denied it is a sherwani.
    case(
        "X1614-018",
        caption("a man in a black suit and white pants", "contradiction"),
        wearing("a black suit", "contradiction"),
        Q.color("navy blue"),
        is_a("sherwani", "no", "contradiction"),
        Q.sleeve_length("long sleeves"),
        gender="Men",
        title="Sojanya Men Navy Blue Self Design Sherwani Set",
        category="Sherwani",
        color="Navy Blue",
    ),
    # White kurta with thin black vertical stripes, white pyjama. The base model invents a chest pocket.
    case(
        "X1614-019",
        caption("a man in a white and black striped kurta"),
        wearing("a striped kurta"),
        Q.color("white"),
        Q.pattern("striped"),
        Q.material("cotton"),
        Q.sleeve_length("long sleeves"),
        describe("kurta", "white with black stripes"),
        details("kurta", "it has a pocket on the chest", "unsupported"),
        gender="Men",
        title="Jompers Men White & Black Striped Pure Cotton Kurta",
        category="Kurtas",
        color="White",
    ),
    # Olive kurta, cream pyjama, model seated on a wooden stool. Base model and engine both repeat green for the
    # pyjama.
    case(
        "X1614-020",
        caption("a man sitting on a stool wearing a green kurta"),
        wearing("a green kurta and green pants", "other_garment_color"),
        color_of("kurta", "green"),
        color_of("pyjama", "green", "other_garment_color"),
        Q.material("the garment is made of cotton"),
        D.details("the kurta has a mandarin collar and a button placket"),
        title="See Designs Men Olive Green Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Olive",
    ),
    # Flat lay: mustard Nehru jacket with a small floral print, on white. All correct.
    case(
        "X1614-021",
        caption("a yellow vest with a floral print on a white background"),
        wearing("a yellow vest"),
        Q.garment_type("vest"),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        is_a("nehru jacket", "yes"),
        gender="Men",
        title="Hangup Men Mustard Floral Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
    ),
    # Short black kurta with a white geometric print, short sleeves, blue jeans. Hip-length: both the base model and
    # the engine call it a shirt.
    case(
        "X1614-022",
        caption("a man wearing a black printed kurta and blue jeans"),
        wearing("a black shirt", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("black"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        gender="Men",
        title="MANQ Men Black Geometric Printed Short Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Powder blue kurta with silver thread embroidery, white churidar, silver juttis; model with long hair and beard.
    # Description cut at the limit (after inventing white shoes); engine repeated blue for the churidar.
    case(
        "X1614-023",
        caption("a man in a blue kurta with silver embroidery"),
        wearing("he is wearing a kurta", who="the man"),
        Q.color("blue"),
        Q.pattern("embroidered"),
        D.description(
            "a long blue kurta with silver embroidery on the collar and the front, with a pair of white churidar pants "
            "and a pair of white shoes and a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.material("silk"),
        color_of("churidar", "blue", "other_garment_color"),
        gender="Men",
        title="Manyavar Men Blue & Silver-Toned Embroidered Kurta Set",
        category="Kurta Sets",
        color="Blue",
    ),
    # Rust cotton kurta, full sleeves, beige chinos. Engine picked three-quarter sleeves; details looped on the colour.
    case(
        "X1614-024",
        caption("a man in an orange kurta"),
        wearing("orange kurta"),
        Q.color("orange"),
        Q.material("cotton"),
        Q.sleeve_length("three-quarter sleeves", "contradiction"),
        D.details(" ".join(["orange"] * 30), "loop", hit_limit=True),
        gender="Men",
        title="Fabindia Men Rust Orange Cotton Slim Fit Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Gold brocade sherwani, cream churidar, maroon dupatta over the shoulder. Engine gave the dupatta the gold.
    case(
        "X1614-025",
        caption("a man in a gold and red outfit"),
        wearing("a gold jacket and white pants"),
        Q.garment_type("sherwani"),
        Q.color("gold"),
        color_of("dupatta", "gold", "other_garment_color"),
        is_a("sherwani", "yes"),
        describe(
            "sherwani",
            "a gold sherwani with intricate embroidery on the front and the sleeves, a cream churidar and a maroon "
            "dupatta draped over the left shoulder, and a pair of gold",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="House of Pataudi Men Gold-Toned Woven Design Sherwani Set",
        category="Sherwani",
        color="Gold",
    ),
    # Lavender knee-length kurta, white pyjama, model with long open hair. Pronoun in the caption and the details
    # answer (which also says nothing of the garment), "dress" in the wearing answer and from the engine.
    case(
        "X1614-026",
        caption("a woman in a purple kurta", "pronoun"),
        wearing("a purple dress", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.color("purple"),
        Q.sleeve_length("long sleeves"),
        D.details("she has long hair", "pronoun"),
        gender="Men",
        title="Sojanya Men Lavender Solid Straight Kurta",
        category="Kurtas",
        color="Lavender",
    ),
    # Sea green kurta, cream dhoti pants. Material answer went on to the next question and answer on the same line.
    case(
        "X1614-027",
        caption("a man in a green kurta and white dhoti"),
        wearing("a green kurta and a white dhoti"),
        Q.color("green"),
        color_of("dhoti", "white"),
        is_a("kurta", "yes"),
        Q.material("cotton Question: what is the color of the garment? Answer: green", "leak"),
        gender="Men",
        title="VASTRAMAY Men Sea Green Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Navy Nehru jacket over a pastel pink kurta, white pyjama. Engine's garment colour is the kurta's pink.
    case(
        "X1614-028",
        caption("a man in a blue vest and pink shirt"),
        wearing("a blue vest and a pink shirt"),
        Q.color("pink", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        is_a("nehru jacket", "yes"),
        Q.material("cotton"),
        gender="Men",
        title="Anouk Men Navy Blue Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # Cream jacquard (cotton silk) kurta, cream pyjama. Category left out of the feed row. All correct.
    case(
        "X1614-029",
        caption("a man in a white kurta"),
        Q.color("white"),
        Q.material("silk"),
        D.description("a white kurta"),
        D.details("it has a collar"),
        gender="Men",
        title="KISAH Men Cream-Coloured Self Design Jacquard Kurta",
        color="Cream",
    ),
    # Back view: maroon kurta, white pyjama. The base model has nothing to say about the garment from the back.
    case(
        "X1614-030",
        caption("the back of a man in a red kurta"),
        wearing("a maroon kurta"),
        Q.color("maroon"),
        D.details("the back", "non_answer"),
        D.description("it is a garment", "non_answer"),
        Q.garment_type("kurta"),
        gender="Men",
        title="Hangup Men Maroon Solid Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Yellow kurta with ethnic motifs, white pyjama, model seated on a chair beside marigolds. The motifs are on the
    # front only; the details answer repeats itself to the limit.
    case(
        "X1614-031",
        caption("a man in a yellow kurta sitting on a chair with flowers"),
        wearing("yellow kurta"),
        Q.color("yellow"),
        Q.pattern("printed"),
        describe("kurta", "yellow with a floral print"),
        Q.material("cotton"),
        details(
            "kurta",
            "the kurta has a floral print on the front and a floral print on the back and a floral print on the "
            "sleeves and a floral print on the",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Jompers Men Yellow Ethnic Motifs Printed Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Black raw silk sherwani with silver embroidery, white churidar. Nothing says velvet (matte raw silk).
    case(
        "X1614-032",
        caption("a man in a black suit"),
        wearing("a black sherwani"),
        Q.color("black"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves"),
        Q.material("velvet", "unsupported"),
        D.details("the embroidery on the collar and the cuffs"),
        is_a("sherwani", "yes"),
        gender="Men",
        title="Manyavar Men Black Embroidered Raw Silk Sherwani Set",
        category="Sherwani",
        color="Black",
    ),
    # Knee-length white kurta with small blue flowers, white pyjama; clean-shaven young man with short hair. "she"
    # anyway, and a shirt in the caption.
    case(
        "X1614-033",
        caption("a man in a white shirt with blue flowers", "contradiction"),
        wearing("she is wearing a white kurta", "pronoun"),
        Q.color("white"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        gender="Men",
        title="See Designs Men White & Blue Floral Printed Kurta",
        category="Kurtas",
        color="White",
    ),
    # Beige Nehru jacket over a black kurta, black pyjama. The kurta dominates the frame: engine gave its type and
    # its colour to the product.
    case(
        "X1614-034",
        caption("a man in a black kurta and a beige vest"),
        wearing("a black kurta"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("kurta", "contradiction"),
        color_of("jacket", "beige"),
        Q.sleeve_length("sleeveless"),
        gender="Men",
        title="Ethnix by Raymond Men Beige Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Beige",
    ),
    # Pink silk blend kurta, white churidar. Engine repeated pink for the churidar.
    case(
        "X1614-035",
        caption("a man in a pink kurta and white pants"),
        wearing("a pink kurta and white churidar"),
        color_of("kurta", "pink"),
        color_of("churidar", "pink", "other_garment_color"),
        Q.material("silk"),
        D.details("the kurta has a collar and buttons"),
        gender="Men",
        title="Sojanya Men Pink Solid Silk Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Pink",
    ),
    # Blue and white ikat kurta (blurred geometric bands), mandarin collar with a short button placket, white pyjama.
    # Engine took the ikat for stripes; the base model invents a v-neck.
    case(
        "X1614-036",
        caption("a man in a blue and white kurta"),
        Q.pattern("striped", "contradiction"),
        Q.color("blue"),
        Q.material("cotton"),
        D.description("a blue and white kurta with a geometric pattern"),
        D.details("the kurta has a v-neck and buttons", "unsupported"),
        gender="Men",
        title="Anouk Men Blue & White Ikat Printed Pure Cotton Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Bottle green kurta under a gold brocade Nehru jacket, cream churidar (the jacket is part of the set). Engine
    # gave the jacket the kurta's green and denied there is a Nehru jacket.
    case(
        "X1614-037",
        caption("a man in a green kurta and gold vest"),
        wearing("a green kurta with a gold jacket"),
        color_of("kurta", "green"),
        color_of("jacket", "green", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        is_a("nehru jacket", "no", "contradiction"),
        gender="Men",
        title="Manyavar Men Green & Gold-Toned Kurta Set with Nehru Jacket",
        category="Kurta Sets",
        color="Green",
    ),
    # Mint green kurta, white pyjama. Gender left out. Base model gave up on the material.
    case(
        "X1614-038",
        caption("a man in a light green kurta"),
        wearing("a kurta"),
        Q.color("green"),
        D.description("a long green shirt"),
        Q.material("i don't know", "non_answer"),
        Q.garment_type("kurta"),
        title="DEYANN Men Mint Green Solid Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Beige sherwani with maroon and gold embroidery at collar and cuffs, maroon churidar, maroon stole. Engine's
    # garment colour is the churidar's maroon; the description loops on the buttons.
    case(
        "X1614-039",
        caption("a man in a traditional indian wedding outfit"),
        wearing("sherwani"),
        Q.color("maroon", "other_garment_color"),
        color_of("sherwani", "beige"),
        Q.pattern("embroidered"),
        describe(
            "sherwani",
            "the sherwani is beige with gold embroidery on the collar and the buttons are gold and the buttons are "
            "gold and the buttons are gold and the",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Sojanya Men Beige & Maroon Embroidered Sherwani Set",
        category="Sherwani",
        color="Beige",
    ),
    # Brown kurta, beige pyjama, model holding a cup of tea (prop). The wearing answer ran on into a new Q/A; the
    # details answer loops on the collar.
    case(
        "X1614-040",
        caption("a man in a brown kurta holding a cup of coffee"),
        wearing("a brown kurta Question: What is the person holding? Answer: a cup", "leak"),
        Q.color("brown"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("solid"),
        D.details(
            "the kurta has a collar and a collar and a collar and a collar and a collar and a collar and a collar and "
            "a collar and a",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Tabard Men Brown Solid Cotton Kurta",
        category="Kurtas",
        color="Brown",
    ),
    # Maroon printed Nehru jacket over a cream kurta, side view. Colour column left out of the feed row. Engine gave
    # the jacket the kurta's long sleeves; the material answer restates the question.
    case(
        "X1614-041",
        caption("a man in a red vest and white pants"),
        wearing("a red vest"),
        Q.color("maroon"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves", "contradiction"),
        D.description("a maroon vest with a white shirt"),
        Q.material("the garment is made of a material", "restated"),
        gender="Men",
        title="VASTRAMAY Men Maroon Printed Nehru Jacket",
        category="Nehru Jackets",
    ),
    # White pathani kurta (shirt collar, two flap chest pockets, buttoned cuffs) with salwar. All correct.
    case(
        "X1614-042",
        caption("a man in a white shalwar kameez"),
        wearing("a white shalwar kameez"),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("kurta", "yes"),
        D.details("it has a collar, pockets on the chest and buttons on the sleeves"),
        gender="Men",
        title="KISAH Men White Solid Pathani Kurta with Salwar",
        category="Kurta Sets",
        color="White",
    ),
    # Navy hand block printed cotton kurta (white flowers), knee length, against a blue backdrop. Wearing calls it a
    # shirt; silk against the title; description restates.
    case(
        "X1614-043",
        caption("a man in a blue kurta standing in front of a blue wall"),
        wearing("a blue shirt with white flowers", "contradiction"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.material("silk", "contradiction"),
        describe("kurta", "the kurta is a kurta", "restated"),
        gender="Men",
        title="Fabindia Men Navy Blue Hand Block Printed Cotton Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Flat lay: white Nehru jacket with gold embroidery and gold buttons, on white. No person, no shirt.
    case(
        "X1614-044",
        caption("a white vest with gold buttons"),
        wearing("a white vest with gold buttons and a white shirt", "unsupported"),
        Q.garment_type("vest"),
        Q.color("white"),
        Q.pattern("embroidered"),
        D.details("gold buttons"),
        Q.sleeve_length("sleeveless"),
        gender="Men",
        title="Hangup Men White & Gold-Toned Embroidered Nehru Jacket",
        category="Nehru Jackets",
        color="White",
    ),
    # Navy kurta with white thread embroidery, white pyjama; model with shoulder-length hair. Pronoun in the caption,
    # and the material answer loops on one word.
    case(
        "X1614-045",
        caption("a woman in a blue kurta with white embroidery", "pronoun"),
        wearing("a blue kurta and white pajamas", who="the man"),
        color_of("kurta", "navy blue"),
        color_of("pyjama", "white"),
        Q.pattern("embroidered"),
        Q.material(" ".join(["cotton"] * 30), "loop", hit_limit=True),
        gender="Men",
        title="Jompers Men Navy Blue Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
    ),
]
