"""BLIND_799 (46 products; Myntra women's tops/dresses/skirts; caption + QA): written blind in the fifty-fifth session.
Measured blind at 7bf5cc7 (the session's final rules): 91/118 failures found (77.1%) and 10/172 correct texts flagged
(5.8%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's Tops, Dresses and Skirts (Myntra article types, base colours and titles).
Photos are catalog shots on a white backdrop, almost all on a model who also wears other clothes (jeans, shorts,
trousers, a tucked-in blouse or tee over a skirt, a denim jacket over a dress), with props (clutch, handbag, straw
hat) and one ghost-mannequin shot. The job ran the third experiment's pipeline: caption first, then extractive QA.

Who wrote what: captions come from the caption adapters on blip2-opt-2.7b. The epoch-1 adapter
(Data2_V2_BLIP2_Finetune_Caption_First_Epoch) still writes a base-model sentence with hues ("a woman in a pink top
and black pants") and often drifts into the DeepFashion template after it; the epoch-3 adapter
(Data2_V2_Blip2_Finetune_Caption) writes the template alone ("The lady wears a sleeveless tank top with pure color
patterns. The tank top is with cotton fabric."), which has no hue names, only pattern words (pure color, lattice,
graphic, floral, color block). Neither was trained with an end token: the run stops on newline, which the adapters
emit only sometimes, so some captions run to the 50-token limit, looping or cut mid-sentence, and a few continue
into a new "Question: ... Answer:" training sample. Every open answer (wearing, describe, details, open color,
material, neckline) is a span that timpal0l/mdeberta-v3-base-squad2 extracted from that product's caption, verbatim,
or the empty string when it chose no answer; so the QA copies the caption's errors and picks spans about the wrong
garment (the blouse's color for the skirt). Closed answers (garment type, color, pattern, sleeve length, yes/no
garment, closed color of a named garment) come from enrich's --engine reference, one candidate value each: they
never loop or stop short, but they do take the color of the jeans, shorts, blouse, jacket or bag instead of the
product's, and misjudge sleeves on off-shoulder, cap-sleeve and layered looks.

Labeling conventions and judgement calls:
- One label per text, the dominant failure: a caption that runs into "Question: ... Answer:" is a leak even when it
  then repeats; a caption that repeats a phrase until the limit is a loop; a caption stopped mid-sentence at the limit
  without repeating is a cut. hit_limit=True only on captions that ran to the 50-token limit; extracted spans never
  hit a limit, and a span that ends where the cut caption ends ("a short skirt. The") is labelled cut.
- A closed or open color naming another garment, an accessory (bag, boots, belt) or the layer worn over/under the
  product is other_garment_color. A color that belongs to no other item and contradicts the seller (white for a blue
  dress with white dots) is contradiction.
- The pattern word the template puts where a color belongs ("pure color", "lattice") as the answer to a color
  question is non_answer, as are the empty span, a one-word answer to describe/details ("pink", "yellow") and a span
  that names the garment instead of a material. One-word hues to color questions and one-word fabrics to the material
  question are normal answers and count correct when right.
- A span that only gives back the question's words ("The lady wears", "The dress", "The skirt", "The shirt") is
  restated.
- Material: a fabric the title contradicts, or the fabric of another garment in the photo (the jacket's denim, the
  sweater's knitting, the blouse's chiffon), is contradiction; a fabric invented against what the photo shows (denim
  for a crepe skater dress) is unsupported, like invented belts, buttons, necklaces, beaches, chairs and v-necks.
  Chiffon for georgette and leather for faux suede count correct; cotton for a plain knit or cotton top counts correct.
- An accessory or another garment given as the product's details ("a pair of black heels", "khaki pants") is
  contradiction. Garment names: shirt, blouse, tee, tank top, t-shirt for a Tops row count correct; "shirt" or a
  "no" to "Is this a dress?" for a Dresses row, "yes" to it for a top, "shirt", "sweater" or "skirt" for the wrong
  row type, is contradiction. A caption that calls a shirt dress a shirt is contradiction (the seller says Dresses).
- "The gentleman" / "a man" for a woman model is pronoun, also when the QA copies it into an answer.
- Seller shades: mustard answered yellow, teal answered blue, peach answered pink, turquoise answered blue, off-white
  answered white, magenta answered pink are correct. For Multi prints the dominant ground color counts correct.
- Three-quarter sleeves as "medium-sleeve" in the template count correct; cap sleeves count short.
"""

from tests.audit_corpus import BLIND_QUESTIONS as G
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, question, wearing

neckline = question("neckline", "What is the neckline of the garment?", "open")

BLIND_799 = [
    # photo: navy blue sleeveless round-neck top on a model with white skinny jeans and tan sandals, white backdrop,
    # front view. Caption by the epoch-1 caption adapter, open answers by mdeberta over it, closed by reference engine.
    case(
        "X799-001",
        caption("a woman wearing a navy blue sleeveless top and white jeans standing against a white background"),
        wearing("a navy blue sleeveless top and white jeans"),
        color_of("top", "navy blue", kind="open"),
        describe("top", "a navy blue sleeveless top"),
        G.color("white", "other_garment_color"),
        G.sleeve_length("sleeveless"),
        G.garment_type("top"),
        title="Vero Moda Women Navy Blue Solid Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: red short-sleeve round-neck knit skater dress, knee length, model in black heels, white backdrop, front
    # view. Caption by the epoch-3 adapter (template, no hue), open answers extracted from it, closed by reference.
    case(
        "X799-002",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a"
            " round neckline. The dress is of knee length."
        ),
        color_of("dress", "pure color", "non_answer", kind="open"),
        G.color("red"),
        material("cotton"),
        describe("dress", "The dress", "restated"),
        G.sleeve_length("short"),
        is_a("dress", "yes"),
        title="Only Women Red Skater Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: black pleated midi skirt worn with a white long-sleeve blouse tucked in and black pumps, white backdrop,
    # full-length front view. Epoch-1 caption ran to the limit and stopped mid-sentence; QA spans from it; closed.
    case(
        "X799-003",
        caption(
            "a woman wearing a white shirt and a black pleated skirt. The lady wears a long-sleeve shirt with pure"
            " color patterns. The shirt is with cotton fabric. The lady wears a long skirt. The skirt is with",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and a black pleated skirt"),
        details("skirt", "The skirt is with", "cut"),
        G.garment_type("shirt", "contradiction"),
        G.color("black"),
        G.pattern("solid"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        title="Mango Women Black Pleated Midi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: sleeveless white top with an all-over ikat print in red, yellow and green, worn with blue denim shorts,
    # white backdrop, front view. Epoch-3 template caption; QA spans; closed answers by the reference engine.
    case(
        "X799-004",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric. It has a"
            " round neckline. The lady wears a shorts. The shorts are with denim fabric and pure color patterns."
        ),
        wearing("a sleeveless tank top with graphic patterns"),
        G.pattern("printed"),
        G.color("blue", "other_garment_color"),
        material("denim", "contradiction"),
        details("top", "a round neckline"),
        title="People Women Multicoloured Printed Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: black sleeveless lace bodycon dress above the knee, nude heels, white backdrop, front view. Epoch-1
    # caption looped on the template sentence to the limit; QA spans from it; closed by reference engine.
    case(
        "X799-005",
        caption(
            "a woman in a black lace dress posing for a photo. The lady wears a sleeveless dress with lace patterns."
            " The dress is with lace patterns. The dress is with lace patterns. The dress is with lace patterns. The"
            " dress is",
            "loop",
            hit_limit=True,
        ),
        describe("dress", "a black lace dress"),
        G.sleeve_length("sleeveless"),
        G.color("black"),
        details("dress", "lace patterns. The dress is with lace patterns. The dress is with lace patterns", "loop"),
        wearing("a black lace dress"),
        title="Vero Moda Women Black Lace Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: white cotton top with white chikankari embroidery, three-quarter sleeves, round neck, worn with blue
    # jeans, white backdrop. Epoch-3 caption cut at the limit; QA spans; closed by reference engine.
    case(
        "X799-006",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " round neckline. The lady wears a long trousers. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        G.sleeve_length("three-quarter"),
        describe("top", "a medium-sleeve shirt with pure color patterns"),
        G.color("white"),
        G.pattern("embroidered"),
        wearing("a medium-sleeve shirt with pure color patterns", who="she"),
        title="Kraus Women White Embroidered Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: ankle-length flared cotton skirt, block-printed flowers in red, mustard and indigo on cream, worn with a
    # black tank top, white backdrop. Epoch-1 caption (chiffon against the cotton title); QA spans; closed.
    case(
        "X799-007",
        caption(
            "a woman wearing a black top and a colorful skirt. The lady wears a tank top with pure color patterns. The"
            " lady wears a long skirt. The skirt is with chiffon fabric and floral patterns.",
            "contradiction",
        ),
        color_of("skirt", "black", "other_garment_color", kind="open"),
        G.color("multi"),
        G.pattern("floral"),
        material("chiffon", "contradiction"),
        wearing("a black top and a colorful skirt"),
        title="Rain & Rainbow Women Multicoloured Floral Print Cotton Maxi Skirt",
        category="Skirts",
        color="Multi",
        gender="Women",
    ),
    # photo: pink short-sleeve peplum top, black skinny jeans, model holding a black clutch, white backdrop, front
    # view. Epoch-1 caption stopped on its own; QA spans; closed by reference engine.
    case(
        "X799-008",
        caption("a woman in a pink top and black pants holding a purse"),
        wearing("a pink top and black pants"),
        G.color("black", "other_garment_color"),
        describe("top", "a pink top"),
        details("top", "pink", "non_answer"),
        G.sleeve_length("short"),
        title="Femella Women Pink Peplum Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: royal blue A-line dress with white polka dots, short sleeves, round neck, no belt, tan sandals, white
    # backdrop. Epoch-3 caption invents a belt; QA spans; closed by reference engine.
    case(
        "X799-009",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a"
            " round neckline. The lady wears a belt.",
            "unsupported",
        ),
        wearing("The lady wears", "restated", who="the woman"),
        G.pattern("polka dots"),
        G.color("white", "contradiction"),
        details("dress", "a belt", "unsupported"),
        G.sleeve_length("short"),
        neckline("a round neckline"),
        title="Tokyo Talkies Women Blue Polka Dot A-Line Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: mustard off-shoulder top with long bell sleeves, light blue ripped jeans, white backdrop, front view.
    # Epoch-1 caption; QA spans (no material in the caption: empty span); closed by reference engine.
    case(
        "X799-010",
        caption("a woman wearing a yellow off the shoulder top and ripped jeans"),
        color_of("top", "yellow", kind="open"),
        wearing("a yellow off the shoulder top and ripped jeans"),
        G.sleeve_length("sleeveless", "contradiction"),
        G.garment_type("top"),
        G.color("mustard"),
        material("", "non_answer"),
        details("top", "ripped jeans", "contradiction"),
        title="FabAlley Women Mustard Off-Shoulder Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: maroon sleeveless georgette maxi dress with thin straps, silver bangle and a ring, white backdrop,
    # full-length. Epoch-3 caption cut at the limit; QA spans; closed by reference engine.
    case(
        "X799-011",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a"
            " suspenders neckline. The dress is of long length. The lady wears a ring. There is an accessory on her"
            " wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        G.color("maroon"),
        describe("dress", "a sleeveless dress with pure color patterns"),
        material("chiffon"),
        details("dress", "The dress is of long length"),
        title="Mineral Women Maroon Maxi Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: plain olive button-down top with roll-up sleeves, black leggings, white backdrop, front view. Epoch-1
    # caption slips into the template's "gentleman"; QA spans; closed by reference engine.
    case(
        "X799-012",
        caption(
            "a woman in a green shirt and black leggings. The gentleman wears a long-sleeve shirt with pure color"
            " patterns. The shirt is with cotton fabric. It has a lapel neckline.",
            "pronoun",
        ),
        wearing("a long-sleeve shirt with pure color patterns", who="she"),
        G.color("olive"),
        color_of("leggings", "green", "other_garment_color", kind="open"),
        G.sleeve_length("long"),
        G.pattern("checked", "contradiction"),
        details("shirt", "The shirt", "restated"),
        title="Roadster Women Olive Green Solid Shirt Style Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: navy knee-length pencil skirt, cream satin long-sleeve blouse tucked in, black pumps, white backdrop.
    # Epoch-3 caption; QA spans (material taken from the blouse sentence); closed by reference engine.
    case(
        "X799-013",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a"
            " round neckline. The lady wears a medium skirt. The skirt is with cotton fabric and pure color patterns."
        ),
        G.color("cream", "other_garment_color"),
        describe("skirt", "a medium skirt"),
        material("chiffon", "contradiction"),
        G.garment_type("skirt"),
        color_of("skirt", "navy blue"),
        title="Wills Lifestyle Women Navy Blue Pencil Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: peach short-sleeve shift dress with a lace yoke, no jewellery, white backdrop, front view. Epoch-1
    # caption invents a pearl necklace; QA spans; closed by reference engine.
    case(
        "X799-014",
        caption("a woman in a pink dress with lace on the top and a pearl necklace", "unsupported"),
        G.color("peach"),
        color_of("dress", "pink", kind="open"),
        details("dress", "lace on the top"),
        G.sleeve_length("sleeveless", "contradiction"),
        wearing("a pink dress with lace on the top"),
        title="Harpa Women Peach Shift Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: black sleeveless crop top, high-waisted mustard midi skirt, white backdrop, front view. Epoch-3 caption
    # runs into a new Question/Answer sample to the limit; QA spans from it; closed by reference engine.
    case(
        "X799-015",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric."
            " Question: what is the color of the tank top? Answer: black Question: what is the color of the skirt?"
            " Answer:",
            "leak",
            hit_limit=True,
        ),
        color_of("tank top", "black", kind="open"),
        wearing("a sleeveless tank top with pure color patterns"),
        G.color("yellow", "other_garment_color"),
        details("top", "what is the color of the skirt? Answer:", "leak"),
        G.garment_type("top"),
        title="Only Women Black Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: white wrap dress with a red and green floral print, three-quarter sleeves, white sneakers, hands empty,
    # white wall backdrop. Epoch-1 caption invents a bouquet; QA spans; closed. The feed row has no colour.
    case(
        "X799-016",
        caption("a woman in a white floral dress and white sneakers holding a bouquet of flowers", "unsupported"),
        G.color("white"),
        G.pattern("floral"),
        describe("dress", "a white floral dress"),
        G.sleeve_length("short", "contradiction"),
        wearing("a white floral dress and white sneakers"),
        title="Athena Women Multicoloured Floral Print Wrap Dress",
        category="Dresses",
        gender="Women",
    ),
    # photo: teal top with a tie-up waist and short flutter sleeves, white trousers, white backdrop. Epoch-1 caption
    # loops on "and white pants" to the limit; QA spans (one copies the loop); closed by reference engine.
    case(
        "X799-017",
        caption(
            "a woman wearing a blue top and white pants and white pants and white pants and white pants and white"
            " pants and white pants and white pants and white pants and white pants",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue top and white pants and white pants and white pants and white pants", "loop"),
        color_of("top", "blue", kind="open"),
        G.color("teal"),
        G.sleeve_length("short"),
        details("top", "", "non_answer"),
        title="Sassafras Women Teal Solid Tie-Up Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: beige faux-suede A-line mini skirt with front buttons, black long-sleeve turtleneck sweater tucked in,
    # white backdrop. Epoch-3 caption; QA spans (material from the sweater sentence); closed by reference engine.
    case(
        "X799-018",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It has"
            " a stand neckline. The lady wears a short skirt. The skirt is with leather fabric and pure color patterns."
        ),
        G.color("black", "other_garment_color"),
        describe("skirt", "The skirt", "restated"),
        material("knitting", "contradiction"),
        details("skirt", "leather fabric and pure color patterns"),
        G.garment_type("sweater", "contradiction"),
        title="Vero Moda Women Beige Suede A-Line Mini Skirt",
        category="Skirts",
        color="Beige",
        gender="Women",
    ),
    # photo: lavender chiffon pussy-bow blouse with long sleeves, grey trousers, model with short cropped hair, white
    # backdrop. Epoch-1 caption says "a man"; QA spans (no material in the caption); closed by reference engine.
    case(
        "X799-019",
        caption("a man wearing a purple blouse with a bow on the neck", "pronoun"),
        G.color("grey", "other_garment_color"),
        color_of("blouse", "purple", kind="open"),
        details("blouse", "a bow on the neck"),
        G.sleeve_length("long"),
        material("a purple blouse", "non_answer"),
        title="Mango Women Lavender Pussy-Bow Blouse",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: bottle-green shirt dress with collar, button placket and roll-up long sleeves, brown belt at the waist,
    # white backdrop. Epoch-3 caption calls it a shirt; QA spans; closed by reference engine.
    case(
        "X799-020",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " lapel neckline. The lady wears a belt.",
            "contradiction",
        ),
        G.garment_type("dress"),
        details("dress", "a lapel neckline"),
        G.color("green"),
        is_a("dress", "no", "contradiction"),
        G.sleeve_length("long"),
        title="109F Women Green Shirt Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: red and white horizontal striped boat-neck top, three-quarter sleeves, blue jeans, white backdrop.
    # Epoch-1 caption stopped on its own; QA spans; closed by reference engine. All correct.
    case(
        "X799-021",
        caption("a woman wearing a red and white striped shirt and blue jeans"),
        G.pattern("striped"),
        G.color("red"),
        color_of("shirt", "red and white", kind="open"),
        describe("top", "a red and white striped shirt"),
        G.sleeve_length("three-quarter"),
        wearing("a red and white striped shirt and blue jeans", who="she"),
        title="United Colors of Benetton Women Red Striped Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: navy sleeveless dress with a white Peter Pan collar and no buttons, model holding a red handbag, white
    # backdrop. Epoch-1 caption invents gold buttons; QA spans copy them; closed by reference engine.
    case(
        "X799-022",
        caption("a woman in a blue dress with a white collar and gold buttons holding a red purse", "unsupported"),
        G.color("red", "other_garment_color"),
        color_of("dress", "blue", kind="open"),
        details("dress", "a white collar and gold buttons", "unsupported"),
        describe("dress", "a blue dress"),
        G.sleeve_length("sleeveless"),
        title="Scullers For Her Women Navy Blue Collared Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: grey melange racerback training tank, black track pants, white backdrop, front view. Epoch-3 caption
    # with "The gentleman"; QA copies it; closed by reference engine.
    case(
        "X799-023",
        caption(
            "The gentleman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It"
            " has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure"
            " color patterns.",
            "pronoun",
        ),
        wearing("The gentleman wears a sleeveless tank top with pure color patterns", "pronoun", who="she"),
        G.color("grey"),
        G.garment_type("tank top"),
        color_of("tank top", "pure color", "non_answer", kind="open"),
        G.sleeve_length("sleeveless"),
        title="Nike Women Grey Melange Racerback Training Top",
        category="Tops",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: red skater mini skirt, black short-sleeve tee tucked in, black ankle boots, white backdrop. Epoch-1
    # caption cut at the limit; a QA span ends where it was cut; closed by reference engine.
    case(
        "X799-024",
        caption(
            "a woman wearing a black t - shirt and a red skirt. The lady wears a short-sleeve T-shirt with pure color"
            " patterns. The T-shirt is with cotton fabric. It has a round neckline. The lady wears a short skirt. The",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "red", kind="open"),
        G.color("black", "other_garment_color"),
        describe("skirt", "a short skirt. The", "cut"),
        wearing("a black t - shirt and a red skirt"),
        G.garment_type("skirt"),
        title="Only Women Red Skater Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: white lace skater dress with cap sleeves under an open light-blue denim jacket with long sleeves, white
    # backdrop. Epoch-1 caption; QA spans (material from the jacket); closed answers judge the jacket.
    case(
        "X799-025",
        caption("a woman wearing a white dress and a denim jacket"),
        G.color("blue", "other_garment_color"),
        describe("dress", "a white dress"),
        G.sleeve_length("long", "contradiction"),
        wearing("a white dress and a denim jacket"),
        material("denim", "contradiction"),
        title="Elle Women White Lace Skater Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: maroon long-sleeve formal shirt with a collar, black trousers, white backdrop, front view. Epoch-3
    # caption opens with the question format; QA spans (one copies the leak); closed by reference engine.
    case(
        "X799-026",
        caption(
            "Question: what is the lady wearing? Answer: The lady wears a long-sleeve shirt with pure color patterns."
            " The shirt is with cotton fabric. It has a lapel neckline.",
            "leak",
        ),
        wearing("a long-sleeve shirt with pure color patterns", who="the lady"),
        details("shirt", "a lapel neckline"),
        G.color("maroon"),
        describe("shirt", "what is the lady wearing? Answer: The lady wears a long-sleeve shirt", "leak"),
        title="Arrow Woman Maroon Formal Shirt",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: hot pink long-sleeve bodycon midi dress, black heels, white backdrop, full-length. Epoch-1 caption cut at
    # the limit; QA spans (details answered with the heels); closed by reference engine.
    case(
        "X799-027",
        caption(
            "a woman in a pink dress with long sleeves and a pair of black heels. The lady wears a long-sleeve dress"
            " with pure color patterns. The dress is with cotton fabric. It has a round neckline. The dress is of",
            "cut",
            hit_limit=True,
        ),
        G.color("pink"),
        G.sleeve_length("long"),
        describe("dress", "a pink dress with long sleeves"),
        G.garment_type("dress"),
        details("dress", "a pair of black heels", "contradiction"),
        title="Vero Moda Women Pink Bodycon Midi Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: off-white crochet lace top with short sleeves, blue denim shorts, white backdrop, front view. Epoch-3
    # caption with "The gentleman"; QA spans; closed by reference engine.
    case(
        "X799-028",
        caption(
            "The gentleman wears a short-sleeve T-shirt with lattice patterns. The T-shirt is with cotton fabric. It"
            " has a round neckline. The gentleman wears a short pants. The pants are with denim fabric and pure color"
            " patterns.",
            "pronoun",
        ),
        G.color("white"),
        G.pattern("lace"),
        color_of("top", "lattice", "non_answer", kind="open"),
        wearing("The gentleman wears a short-sleeve T-shirt with lattice patterns", "pronoun", who="she"),
        details("top", "lattice patterns"),
        title="Vero Moda Women Off-White Crochet Lace Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: emerald green ankle-length flared skirt with gold foil print, white short kurti on top, white backdrop.
    # Epoch-1 caption loops on the fabric sentence to the limit; QA spans; closed by reference engine.
    case(
        "X799-029",
        caption(
            "a woman wearing a green skirt with gold print and a white top. The lady wears a long skirt. The skirt is"
            " with cotton fabric. The skirt is with cotton fabric. The skirt is with cotton fabric. The skirt is",
            "loop",
            hit_limit=True,
        ),
        color_of("skirt", "green", kind="open"),
        describe("skirt", "a green skirt with gold print"),
        G.color("white", "other_garment_color"),
        G.pattern("printed"),
        material("cotton"),
        title="Biba Women Green Printed Flared Skirt",
        category="Skirts",
        color="Green",
        gender="Women",
    ),
    # photo: yellow sleeveless halter maxi dress, straw hat held as a prop, plain white studio backdrop. Epoch-1
    # caption invents a beach; QA spans; closed by reference engine.
    case(
        "X799-030",
        caption("a woman in a yellow dress and a straw hat on the beach", "unsupported"),
        wearing("a yellow dress and a straw hat", who="she"),
        G.color("yellow"),
        G.sleeve_length("sleeveless"),
        describe("dress", "yellow", "non_answer"),
        G.garment_type("dress"),
        details("dress", "on the beach", "unsupported"),
        title="Femella Women Yellow Halter Maxi Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: light blue chambray shirt with rolled long sleeves, worn open over a white tank top, white shorts, white
    # backdrop. Epoch-3 caption loops on the tank top to the limit; QA spans; closed by reference engine.
    case(
        "X799-031",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a"
            " lapel neckline. The lady wears a tank top. The lady wears a tank top. The lady wears a tank top. The"
            " lady wears a",
            "loop",
            hit_limit=True,
        ),
        G.color("white", "other_garment_color"),
        material("denim"),
        G.garment_type("shirt"),
        wearing("a long-sleeve shirt with pure color patterns"),
        color_of("shirt", "pure color", "non_answer", kind="open"),
        details("shirt", "The lady wears a tank top. The lady wears a tank top", "loop"),
        title="Levis Women Blue Chambray Shirt",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: navy and white striped short-sleeve t-shirt dress, red sneakers, no hat, white backdrop. Epoch-1 caption
    # invents a white hat; QA spans; closed by reference engine.
    case(
        "X799-032",
        caption("a woman wearing a striped dress with red shoes and a white hat", "unsupported"),
        G.color("red", "other_garment_color"),
        G.pattern("striped"),
        describe("dress", "a striped dress"),
        G.sleeve_length("short"),
        is_a("dress", "yes"),
        wearing("a striped dress with red shoes and a white hat", "unsupported"),
        title="Kraus Women Navy Blue & White Striped T-Shirt Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: rust orange sleeveless peplum top, beige chinos, model with short hair, white backdrop. Epoch-1 caption
    # says "a man"; QA spans; closed by reference engine.
    case(
        "X799-033",
        caption("a man in an orange shirt and khaki pants", "pronoun"),
        wearing("an orange shirt and khaki pants", who="she"),
        G.color("orange"),
        G.sleeve_length("short", "contradiction"),
        describe("top", "an orange shirt"),
        details("top", "khaki pants", "contradiction"),
        title="Mineral Women Rust Peplum Top",
        category="Tops",
        color="Rust",
        gender="Women",
    ),
    # photo: grey and black checked pencil skirt, white long-sleeve shirt tucked in, white backdrop. Epoch-3 caption;
    # QA spans; closed by reference engine.
    case(
        "X799-034",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " lapel neckline. The lady wears a medium skirt. The skirt is with cotton fabric and lattice patterns."
        ),
        G.pattern("checked"),
        G.color("white", "other_garment_color"),
        color_of("skirt", "lattice", "non_answer", kind="open"),
        describe("skirt", "a medium skirt"),
        details("skirt", "The skirt is with cotton fabric and lattice patterns"),
        G.garment_type("skirt"),
        title="Allen Solly Woman Grey Checked Pencil Skirt",
        category="Skirts",
        color="Grey",
        gender="Women",
    ),
    # photo: purple short-sleeve skater dress with a tan belt, white backdrop, front view. Epoch-1 caption cut at the
    # limit; QA spans; closed by reference engine.
    case(
        "X799-035",
        caption(
            "a woman wearing a purple dress with a brown belt. The lady wears a short-sleeve dress with pure color"
            " patterns. The dress is with cotton fabric. It has a round neckline. The lady wears a belt. There is an"
            " accessory",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "purple", kind="open"),
        G.color("brown", "other_garment_color"),
        details("dress", "a brown belt"),
        G.sleeve_length("three-quarter", "contradiction"),
        wearing("a purple dress with a brown belt"),
        title="Tokyo Talkies Women Purple Skater Dress",
        category="Dresses",
        color="Purple",
        gender="Women",
    ),
    # photo: lemon yellow sleeveless round-neck georgette top with a small black bird print, white trousers, no
    # jewellery, white backdrop. Epoch-3 caption invents a v-neck and a wrist accessory; QA spans; closed.
    case(
        "X799-036",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with chiffon fabric. It has a"
            " v-shape neckline. There is an accessory on her wrist.",
            "unsupported",
        ),
        G.color("yellow"),
        G.pattern("printed"),
        details("top", "a v-shape neckline", "unsupported"),
        wearing("a sleeveless tank top with graphic patterns", who="she"),
        material("chiffon"),
        G.sleeve_length("short", "contradiction"),
        title="Elle Women Yellow Printed Georgette Top",
        category="Tops",
        color="Yellow",
        gender="Women",
    ),
    # photo: black long-sleeve shift dress with a white geometric print, black tights, white backdrop. Epoch-1
    # caption runs into repeated Question/Answer samples to the limit; QA spans; closed. Feed row has no colour.
    case(
        "X799-037",
        caption(
            "a woman in a black and white dress Question: what is the color of the dress? Answer: black and white"
            " Question: what is the color of the dress? Answer: black and white Question:",
            "leak",
            hit_limit=True,
        ),
        color_of("dress", "black and white", kind="open"),
        G.color("black"),
        describe("dress", "black and white Question: what is the color of the dress? Answer: black and white", "leak"),
        wearing("a black and white dress"),
        title="Only Women Black Printed Shift Dress",
        category="Dresses",
        gender="Women",
    ),
    # photo: peach chiffon top with a ruffled hem and short sleeves, white jeans, white backdrop. Epoch-1 caption loops
    # on "ruffles" to the limit; QA spans (one copies the loop); closed answers by reference engine.
    case(
        "X799-038",
        caption(
            "a woman wearing a peach top with ruffles, ruffles, ruffles, ruffles, ruffles, ruffles, ruffles, ruffles,"
            " ruffles, ruffles, ruffles, ruffles, ruffles, ruffles, ruffles, ruffles, ruffles, ruffles",
            "loop",
            hit_limit=True,
        ),
        G.color("white", "other_garment_color"),
        color_of("top", "peach", kind="open"),
        describe("top", "a peach top with ruffles"),
        G.sleeve_length("long", "contradiction"),
        details("top", "ruffles, ruffles, ruffles, ruffles, ruffles, ruffles, ruffles", "loop"),
        title="Vero Moda Women Peach Ruffled Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: blush pink lace mini skirt, grey short-sleeve tee tucked in, white sneakers, standing, white backdrop.
    # Epoch-1 caption invents a chair; QA spans; closed by reference engine.
    case(
        "X799-039",
        caption("a woman wearing a grey t - shirt and pink lace skirt sitting on a chair", "unsupported"),
        color_of("skirt", "grey", "other_garment_color", kind="open"),
        G.color("pink"),
        describe("skirt", "pink lace skirt"),
        G.garment_type("skirt"),
        wearing("a grey t - shirt and pink lace skirt", who="she"),
        title="Only Women Pink Lace Mini Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: olive sleeveless cotton utility dress, notched collar, drawstring waist, two patch pockets, white backdrop.
    # Epoch-3 caption loops on the pockets to the limit; QA spans; closed. Feed row has no article type.
    case(
        "X799-040",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a"
            " round neckline. The dress has pockets. The dress has pockets. The dress has pockets. The dress has"
            " pockets. The dress has",
            "loop",
            hit_limit=True,
        ),
        details("dress", "The dress has pockets"),
        G.color("olive"),
        G.sleeve_length("sleeveless"),
        wearing("a sleeveless dress with pure color patterns", who="she"),
        color_of("dress", "green"),
        neckline("a round neckline", "unsupported"),
        title="Roadster Women Olive Utility Dress",
        color="Olive",
        gender="Women",
    ),
    # photo: black sheer long-sleeve shirt, red mini skirt, white backdrop, front view. Epoch-1 caption stopped on its
    # own; QA spans; closed by reference engine.
    case(
        "X799-041",
        caption("a woman in a black shirt and red skirt"),
        G.color("red", "other_garment_color"),
        color_of("shirt", "black", kind="open"),
        describe("shirt", "a black shirt"),
        G.garment_type("skirt", "contradiction"),
        G.sleeve_length("long"),
        material("", "non_answer"),
        title="Mango Women Black Sheer Shirt",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: turquoise sleeveless crepe skater dress with a white lace waist panel, white backdrop. Epoch-3 caption
    # invents denim; QA spans; closed by reference engine.
    case(
        "X799-042",
        caption(
            "The lady wears a sleeveless dress with color block patterns. The dress is with denim fabric. It has a"
            " round neckline.",
            "unsupported",
        ),
        material("denim", "unsupported"),
        G.color("blue"),
        describe("dress", "a sleeveless dress with color block patterns"),
        G.sleeve_length("sleeveless"),
        details("dress", "The dress", "restated"),
        is_a("dress", "yes"),
        title="Sassafras Women Turquoise Blue Crepe Skater Dress",
        category="Dresses",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: magenta cap-sleeve top with a sequinned neckline on a ghost mannequin: no person, no other garment, white
    # backdrop. Epoch-1 caption invents a woman in jeans; QA spans copy the jeans; closed by reference engine.
    case(
        "X799-043",
        caption("a woman wearing a pink top with sequins on the neckline and a pair of jeans", "unsupported"),
        wearing("a pink top with sequins on the neckline and a pair of jeans", "unsupported"),
        details("top", "sequins on the neckline"),
        G.color("magenta"),
        color_of("top", "pink", kind="open"),
        G.sleeve_length("short"),
        is_a("dress", "yes", "contradiction"),
        title="Remanika Women Magenta Embellished Top",
        category="Tops",
        color="Magenta",
        gender="Women",
    ),
    # photo: white cotton broderie A-line midi skirt, light blue denim shirt knotted at the waist, tan sandals, a
    # bracelet, white backdrop. Epoch-3 caption; QA spans (material from the shirt sentence); closed.
    case(
        "X799-044",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a"
            " lapel neckline. The lady wears a long skirt. The skirt is with cotton fabric and pure color patterns."
            " There is an accessory on her wrist."
        ),
        G.color("blue", "other_garment_color"),
        material("denim", "contradiction"),
        describe("skirt", "a long skirt"),
        G.pattern("embroidered"),
        G.garment_type("skirt"),
        title="Vero Moda Women White Cotton Schiffli Skirt",
        category="Skirts",
        color="White",
        gender="Women",
    ),
    # photo: navy short-sleeve top with a small white star print, pink shorts, white backdrop. Epoch-1 caption runs on
    # into a Question/Answer sample; QA spans; closed by reference engine.
    case(
        "X799-045",
        caption(
            "a woman in a blue star print top and pink shorts Question: what is the woman wearing? Answer: a blue star"
            " print top and pink shorts",
            "leak",
        ),
        G.color("pink", "other_garment_color"),
        G.pattern("printed"),
        describe("top", "a blue star print top"),
        wearing(
            "Question: what is the woman wearing? Answer: a blue star print top and pink shorts",
            "leak",
            who="the woman",
        ),
        G.sleeve_length("short"),
        title="Vero Moda Women Navy Blue Star Print Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: beige long-sleeve v-neck wrap dress with a self-fabric belt, brown knee boots, white backdrop. Epoch-3
    # caption; QA spans; closed by reference engine.
    case(
        "X799-046",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a"
            " v-shape neckline. The lady wears a belt. The lady wears boots."
        ),
        G.color("brown", "other_garment_color"),
        G.sleeve_length("long"),
        neckline("a v-shape neckline"),
        wearing("The lady wears", "restated", who="the woman"),
        describe("dress", "a long-sleeve dress with pure color patterns"),
        title="Mango Women Beige Belted Wrap Dress",
        category="Dresses",
        color="Beige",
        gender="Women",
    ),
]
