"""BLIND_1571 (45 products; Myntra dresses, jumpsuits and playsuits, epoch-1 caption + extractive QA): written blind in
the sixty-sixth session. Measured blind at d0844da (the session's third rules): 112/120 failures found (93.3%) and
9/193 correct texts flagged (4.7%). The writer's notes, verbatim:

Scenario: a Myntra feed of girls' and women's dresses, jumpsuits and playsuits (article types Dresses, Jumpsuit,
Playsuit), photographed the catalog's usual way: a model on a plain grey or white backdrop, the product worn with
shoes and now and then a jacket, a tee under a slip or a hat; one flat lay, one back view, a few props (clutch,
straw bag, teddy). The caption is written by the epoch-1 caption adapter (Data2_V2 ... Caption_First_Epoch on
blip2-opt-2.7b), which speaks only the DeepFashion-MultiModal template: "The lady wears a sleeveless dress with
pure color patterns. The dress is with chiffon fabric. It has a round neckline...", no hue names, fabrics from
{cotton, chiffon, denim, knitted, leather, furry, other}, and no word for a jumpsuit or a playsuit (it splits them
into a top and trousers or shorts, or calls them a dress, or falls back on "upper clothing / lower clothing").
Having no trained stop, most captions run to the 50-token limit and end mid-sentence; a few loop; a few stopped
on a newline or happened to end on a full stop at the limit.
Who wrote what: every answer is a span that mdeberta-v3-base-squad2 extracted from that caption, unless the
comment above the case says VQA: then the extractor found no span and the VQA adapter (Data3_V3, 1 epoch) wrote
the answer from the photo. The VQA adapter has no trained stop either: it sometimes stops on a newline after a
short answer, otherwise it loops, carries on into the next "Question: ... Answer:" turn, or runs on into a
sentence cut at 30 tokens. The yes/no "Is this a ...?" question can never be answered by span extraction, so it
is always VQA. Questions: wearing, garment type, color, pattern, sleeve length for all; material for the women's
items; "Is this a jumpsuit/playsuit?" for the jumpsuits and playsuits.
Labeling conventions and judgement calls:
- A caption cut mid-sentence at the limit is `cut`; when it also carries a worse error earlier (wrong garment,
  invented accessory, wrong pronoun) that error's label wins, since the cut shows from hit_limit anyway. A caption
  that ran to the limit but ends on a full stop is judged on its content only (the one correct one is left unmarked
  with hit_limit=True).
- For a VQA answer the form wins: a loop is `loop`, a continued prompt is `leak`, even when the color inside is
  right or is another garment's.
- "pure color", "color block", "floral patterns" given as the answer to the color question are `non_answer`
  (they name no color); "pure color" as the pattern of a plain garment is correct. "other" as the material is
  `non_answer`.
- A dress or jumpsuit described as a top and a skirt/trousers/shorts, a playsuit called a dress, a sweater dress
  called a sweater: `contradiction` (against the title and the category), on the caption and on every extracted
  answer that carries the wrong garment. A wrong pattern, hue or sleeve length, or a fabric that the title or the
  photo belies, is also `contradiction`.
- A color answer that is the jacket's, the blazer's or the under-tee's is `other_garment_color`.
- Invented rings, hats, glasses, wrist accessories, or a person's wrist on a flat lay: `unsupported`.
- "The lady" for a girl is not a pronoun error; "gentleman"/"his" for a woman or girl is `pronoun`.
- When the model wears a tee under the product and the caption describes only the tee, "What is the person
  wearing?" answered "a short-sleeve T-shirt ..." is true of the photo: left unmarked; the garment type and the
  sleeve length taken from that tee are marked.
- A fabric the photo cannot settle and the title does not name (cotton for a plain crepe-looking dress) is left
  unmarked.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, is_a, wearing

BLIND_1571 = [
    # Photo: woman in a black sleeveless knee-length bodycon dress, round neck, black heels, small hoop earrings, no
    # ring, no bracelet, hands at her sides; grey backdrop. Caption: epoch-1 adapter (invents a ring and a wrist
    # accessory, cut at the limit). Answers: extracted from the caption.
    case(
        "X1571-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a ring. There is an accessory on her wrist. The dress this lady wears is "
            "of",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: navy A-line midi with small white-and-pink flowers, short puff sleeves, V neck, white sneakers.
    # Caption: adapter, right but cut. Color: no span, VQA loops.
    case(
        "X1571-002",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress this lady wears is of medium length. The dress is with chiffon fabric and "
            "floral patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color(
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Tokyo Talkies Women Navy Blue Floral Print A-Line Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: maroon long-sleeved wrap midi dress, V neck, tie at the waist, nude heels. Caption: adapter splits it
    # into a shirt and a skirt (cut). Answers: extracted.
    case(
        "X1571-003",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The skirt this lady wears is of long length. The skirt is with cotton fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Berrylush Women Maroon Solid Wrap Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: olive sleeveless jumpsuit, round neck, self tie belt, wide full-length legs, white sneakers.
    # Caption: adapter, a tank top and trousers (cut). Answers: extracted; "Is this a jumpsuit?": VQA, stopped.
    case(
        "X1571-004",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The trousers this lady wears is of long length. The trousers are with cotton "
            "fabric and pure color",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        is_a("jumpsuit", "yes"),
        gender="Women",
        title="DressBerry Women Olive Green Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Olive",
    ),
    # Photo: girl of about eight in a pink tulle party dress, sleeveless, sequinned bodice, knee length, pink
    # hairband (no hat), silver ballerinas; white backdrop. Caption: adapter turns the hairband into a hat (cut).
    # Answers: extracted.
    case(
        "X1571-005",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. This lady wears a hat. The dress this lady wears is of medium length. The dress is with "
            "chiffon fabric and",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        gender="Girls",
        title="Cutecumber Girls Pink Embellished Fit and Flare Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: mustard tiered maxi with a small white block print, three-quarter sleeves, V neck, tan flats.
    # Caption: adapter, right, cut. Color: VQA, stopped after one word.
    case(
        "X1571-006",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress this lady wears is of long length. The dress is with chiffon fabric and "
            "floral patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Harpa Women Mustard Yellow Printed Tiered Maxi Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Photo: white schiffli cotton playsuit, short puff sleeves, square neck, shorts; straw hat, tan sandals.
    # Caption: adapter, a shirt and shorts, ends on a full stop at the limit. Answers: extracted; "Is this a
    # playsuit?": VQA says no.
    case(
        "X1571-007",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "square neckline. This lady wears a hat. The shorts this lady wears is of three-point length. The shorts "
            "are with cotton fabric.",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        is_a("playsuit", "no", "contradiction"),
        gender="Women",
        title="Athena Women White Self Design Playsuit",
        category="Playsuit",
        color="White",
    ),
    # Photo: green-and-white vertical stripe shirt dress, rolled long sleeves, collar, buttons, self tie belt,
    # knee length, white sneakers. Caption: adapter, right, cut. Color: VQA, stopped.
    case(
        "X1571-008",
        caption(
            "The lady wears a long-sleeve dress with striped patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. There is a belt on her waist. The dress this lady wears is of medium length. The dress "
            "is with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with striped patterns"),
        Q.garment_type("dress"),
        Q.color("green and white"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Mast & Harbour Women Green & White Striped Shirt Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: girl in a sleeveless blue chambray jumpsuit with a small white star print, full length, white
    # sneakers. Caption: adapter loops on the fabric sentence. Answers: extracted; color and "Is this a
    # jumpsuit?": VQA, stopped.
    case(
        "X1571-009",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with denim fabric. The tank "
            "top is with denim fabric. The tank top is with denim fabric. The tank top is with denim fabric. The "
            "tank top is",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with graphic patterns", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("blue"),
        Q.pattern("graphic"),
        Q.sleeve_length("sleeveless"),
        is_a("jumpsuit", "yes"),
        gender="Girls",
        title="Hopscotch Girls Blue & White Printed Jumpsuit",
        category="Jumpsuit",
        color="Blue",
    ),
    # Photo: black sequinned floor-length gown, sheer long sleeves, V neck, gold bangle, holds a clutch.
    # Caption: adapter, right (the bangle is real), cut. Answers: extracted.
    case(
        "X1571-010",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The dress this lady wears is of long length. The "
            "dress is with",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("other", "non_answer"),
        gender="Women",
        title="Athena Women Black Sequinned Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: peach fit-and-flare knee dress, short flutter sleeves, round neck, white block heels. Feed row has no
    # base colour. Caption: adapter, stopped on a newline, right. Answers: extracted.
    case(
        "X1571-011",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline."
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="KASSUALLY Women Peach-Coloured Solid Fit and Flare Dress",
        category="Dresses",
    ),
    # Photo: navy sleeveless culotte jumpsuit, V neck, fabric belt, white sneakers. Caption: adapter in its
    # "upper clothing / lower clothing" form, right, cut. Wearing: no span, VQA runs on and is cut. Other answers
    # extracted; "Is this a jumpsuit?": VQA.
    case(
        "X1571-012",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "v-shape. The lower clothing is of three-quarter length. The fabric is cotton and it has pure color "
            "patterns. The lady wears a belt. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a navy blue jumpsuit with a v-neck and a belt at the waist, and a pair of white sneakers. the jumpsuit "
            "has wide legs and a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("no sleeves"),
        is_a("jumpsuit", "yes"),
        gender="Women",
        title="Mast & Harbour Women Navy Blue Solid Culotte Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
    ),
    # Photo: girl in a yellow-and-white horizontal stripe sleeveless A-line dress, bow on one shoulder, white
    # sandals. Caption: adapter, right, cut. Color: VQA, stopped.
    case(
        "X1571-013",
        caption(
            "The lady wears a sleeveless dress with striped patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress this lady wears is of medium length. The dress is with cotton fabric and "
            "striped patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with striped patterns"),
        Q.garment_type("dress"),
        Q.color("yellow and white"),
        Q.pattern("striped"),
        Q.sleeve_length("sleeveless"),
        gender="Girls",
        title="Hopscotch Girls Yellow & White Striped A-Line Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: red lace sheath dress, cap sleeves, round neck, knee length; cocktail ring and gold cuff. Caption:
    # adapter, right (ring and cuff are real), cut. Color: VQA, stopped. Other answers extracted.
    case(
        "X1571-014",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The lady wears a ring. There is an accessory on her wrist. The dress this lady wears "
            "is of",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("red"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("other", "non_answer"),
        gender="Women",
        title="Rare Women Red Lace Sheath Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: strappy playsuit in a green-and-pink tropical leaf print, shorts, sunglasses worn. Caption: adapter, a
    # tank top and shorts (cut). Color: VQA carries on into the next turns. "Is this a playsuit?": VQA.
    case(
        "X1571-015",
        caption(
            "The lady wears a sleeveless tank top with floral patterns. The tank top is with chiffon fabric. It has "
            "a suspenders neckline. The lady wears sunglasses. The shorts this lady wears is of three-point length. "
            "The shorts are with",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with floral patterns", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color(
            "green Question: What is the pattern of the garment? Answer: floral Question: What is the sleeve length "
            "of the garment? Answer: sleeveless",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        is_a("playsuit", "yes"),
        gender="Women",
        title="SASSAFRAS Women Multicoloured Tropical Print Playsuit",
        category="Playsuit",
        color="Multi",
    ),
    # Photo: teal sleeveless square-neck sheath dress, black blazer draped on the shoulders, black pumps.
    # Caption: adapter, right, cut. Color: VQA gives the blazer's black. Others extracted.
    case(
        "X1571-016",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. This lady also wears an outer clothing, with cotton fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("black", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Women",
        title="AND Women Teal Blue Solid Sheath Dress",
        category="Dresses",
        color="Teal",
    ),
    # Photo: flat lay, no model: navy jersey dress with a small white heart print, long sleeves, round neck.
    # Caption: adapter invents a wearer's wrist accessory (cut). Color: VQA, stopped. Others extracted.
    case(
        "X1571-017",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. The dress this lady wears is of medium length. The "
            "dress is with",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns"),
        Q.garment_type("dress"),
        Q.color("navy blue"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        gender="Girls",
        title="H&M Girls Navy Blue Printed Jersey Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: black jumpsuit with small white polka dots, short sleeves, collar, belt, full length. Caption: adapter,
    # a shirt and trousers, and no dots (cut). Answers: extracted; "Is this a jumpsuit?": VQA.
    case(
        "X1571-018",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has "
            "a lapel neckline. The trousers this lady wears is of long length. The trousers are with chiffon fabric "
            "and pure color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        is_a("jumpsuit", "yes"),
        gender="Women",
        title="Tokyo Talkies Women Black Polka Dot Print Basic Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # Photo: white cotton tiered maxi on thin straps, straw bag in hand, brown sandals. Caption: adapter, stopped
    # on a newline, right. Color: VQA, stopped. Others extracted.
    case(
        "X1571-019",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The dress this lady wears is of long length."
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("white"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Women",
        title="Sera Women White Solid Tiered Maxi Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: lavender mini dress with white flowers, long puff sleeves, V neck. Caption: adapter, right, cut.
    # Color: VQA says pink. Others extracted.
    case(
        "X1571-020",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress this lady wears is of three-point length. The dress is with chiffon fabric "
            "and floral patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("pink", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Berrylush Women Lavender Floral Print Puff Sleeve Dress",
        category="Dresses",
        color="Lavender",
    ),
    # Photo: rust strappy wide-leg jumpsuit worn over a white short-sleeved crew-neck tee, white sneakers.
    # Caption: adapter describes the tee and "trousers", ends on a full stop at the limit. Answers: extracted;
    # "Is this a jumpsuit?": VQA says no.
    case(
        "X1571-021",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The trousers this lady wears is of long length. The trousers are with cotton "
            "fabric and pure color patterns.",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("cotton"),
        is_a("jumpsuit", "no", "contradiction"),
        gender="Women",
        title="StyleStone Women Rust Solid Wide-Leg Jumpsuit",
        category="Jumpsuit",
        color="Rust",
    ),
    # Photo: pink ribbed-knit bodycon midi, long sleeves, round neck, silver watch. Caption: adapter, right, cut.
    # Answers: extracted.
    case(
        "X1571-022",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitted fabric. It has a "
            "round neckline. The dress is with knitted fabric and pure color patterns. There is an accessory on her "
            "wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color patterns", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitted"),
        gender="Women",
        title="DressBerry Women Pink Ribbed Bodycon Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: girl with a short bob in a red-and-white gingham A-line dress, puff short sleeves, Peter Pan collar,
    # red hair clip, a plastic bracelet. Caption: adapter, "his" wrist (cut). Color: VQA, stopped. Others extracted.
    case(
        "X1571-023",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The dress this lady wears is of medium length. The dress is with cotton fabric and "
            "lattice patterns. There is an accessory on his",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with lattice patterns"),
        Q.garment_type("dress"),
        Q.color("red and white"),
        Q.pattern("lattice"),
        Q.sleeve_length("short-sleeve"),
        gender="Girls",
        title="Peppermint Girls Red & White Checked A-Line Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: off-white cotton schiffli fit-and-flare dress, short sleeves, round neck; a mid-blue denim jacket
    # over the shoulders. Caption: adapter, right (the outer clothing is the jacket), cut. Color: VQA gives the
    # jacket's blue. Material: extracted, the jacket's denim.
    case(
        "X1571-024",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. This lady also wears an outer clothing, with denim fabric and pure color patterns. The "
            "dress this lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("denim", "contradiction"),
        gender="Women",
        title="Chemistry Women Off-White Cotton Schiffli Fit and Flare Dress",
        category="Dresses",
        color="Off White",
    ),
    # Photo: black long-sleeved playsuit, V neck, belt, shorts, black ankle boots. Caption: adapter calls it a
    # dress (cut). Answers: extracted; "Is this a playsuit?": VQA loops.
    case(
        "X1571-025",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is a belt on her waist. The dress this lady wears is of three-point length. The "
            "dress",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        is_a(
            "playsuit",
            "yes, it is a playsuit. yes, it is a playsuit. yes, it is a playsuit. yes, it is a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Tokyo Talkies Women Black Solid Playsuit",
        category="Playsuit",
        color="Black",
    ),
    # Photo: blue denim shirt dress, rolled long sleeves, collar, buttons, knee length, white sneakers, no
    # glasses. Caption: adapter invents glasses (cut). Color: VQA, stopped. Others extracted.
    case(
        "X1571-026",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with denim fabric. It has a "
            "lapel neckline. The lady wears glasses. The dress this lady wears is of medium length. The dress is "
            "with",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("blue"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim"),
        gender="Women",
        title="Roadster Women Blue Denim Shirt Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: girl in a pink sleeveless full-length jumpsuit with a unicorn print, holding a teddy bear. Feed row has
    # no article type. Caption: adapter, a tank top and pants (cut). Color: VQA loops. "Is this a jumpsuit?": VQA.
    case(
        "X1571-027",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric. It has "
            "a round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and "
            "graphic patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with graphic patterns", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color(
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        Q.sleeve_length("sleeveless"),
        is_a("jumpsuit", "yes"),
        gender="Girls",
        title="YK Girls Pink Unicorn Print Jumpsuit",
        color="Pink",
    ),
    # Photo: emerald green fit-and-flare knee dress, puff short sleeves, sweetheart neck, gold heels. Caption:
    # adapter loops on the fabric. Answers: extracted.
    case(
        "X1571-028",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. The dress "
            "is with cotton fabric. The dress is with cotton fabric. The dress is with cotton fabric. The dress is "
            "with cotton fabric. The dress",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Harpa Women Green Solid Fit and Flare Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: sleeveless bodycon in black, white and red colour-block panels, round neck, knee length. Caption:
    # adapter, right, ends on a full stop at the limit. Answers: extracted.
    case(
        "X1571-029",
        caption(
            "The lady wears a sleeveless dress with color block patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress this lady wears is of medium length. The dress is with cotton fabric and "
            "color block patterns.",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with color block patterns"),
        Q.garment_type("dress"),
        Q.color("color block", "non_answer"),
        Q.pattern("color block"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Women",
        title="Athena Women Multicoloured Colourblocked Bodycon Dress",
        category="Dresses",
        color="Multi",
    ),
    # Photo: black-and-white vertical stripe halter jumpsuit, wide legs, silver bracelet. Caption: adapter, a tank
    # top and trousers (cut). Color: VQA, stopped. "Is this a jumpsuit?": VQA loops.
    case(
        "X1571-030",
        caption(
            "The lady wears a sleeveless tank top with striped patterns. The tank top is with chiffon fabric. The "
            "trousers this lady wears is of long length. The trousers are with chiffon fabric and striped patterns. "
            "There is an accessory on her wrist. The lady wears a",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with striped patterns", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("black and white"),
        Q.pattern("striped"),
        Q.sleeve_length("sleeveless"),
        is_a(
            "jumpsuit",
            "yes, this is a jumpsuit. yes, this is a jumpsuit. yes, this is a jumpsuit. yes, this is a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="KASSUALLY Women Black & White Striped Basic Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # Photo: burgundy velvet mini bodycon, long sleeves, square neck, sheer black tights, black boots. Caption:
    # adapter, right (the tights read as socks), cut. Color: VQA, stopped. Others extracted.
    case(
        "X1571-031",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitted fabric. It has a "
            "square neckline. The dress this lady wears is of three-point length. The lady wears socks. There is an "
            "accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("maroon"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitted"),
        gender="Women",
        title="Berrylush Women Burgundy Velvet Bodycon Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # Photo: girl in a white net floor-length gown, sleeveless, pearl detail at the waist, holding a small bouquet.
    # Caption: adapter, right, cut. Answers: extracted.
    case(
        "X1571-032",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress this lady wears is of long length. The dress is with chiffon fabric and pure "
            "color patterns. This lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        gender="Girls",
        title="Cutecumber Girls White Embellished Net Maxi Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: navy wrap midi with white polka dots, short flutter sleeves, V neck. Feed row has no gender. Caption:
    # adapter misses the dots (cut). Answers: extracted.
    case(
        "X1571-033",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress this lady wears is of long length. The dress is with chiffon fabric and "
            "pure color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns", "contradiction"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        title="Zink London Women Navy Blue Polka Dot Wrap Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: back view of a yellow short-sleeved playsuit with a tie-up open back; the shorts read as a short
    # skirt. Caption: adapter calls it a dress, stopped on a newline, no fabric. Material: no span, VQA. "Is this a
    # playsuit?": VQA. Others extracted.
    case(
        "X1571-034",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress this lady wears is of "
            "three-point length.",
            "contradiction",
        ),
        wearing("a short-sleeve dress with pure color patterns", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("it is made of fabric", "restated"),
        is_a("playsuit", "yes"),
        gender="Women",
        title="Harpa Women Yellow Solid Playsuit",
        category="Playsuit",
        color="Yellow",
    ),
    # Photo: black satin slip midi on thin straps over a white short-sleeved tee, white sneakers. Caption: adapter
    # sees a T-shirt and a skirt (cut). Color: VQA gives the tee's white. Others extracted (cotton is the tee's).
    case(
        "X1571-035",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The skirt this lady wears is of long length. The skirt is with other fabric and "
            "pure color patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("cotton", "contradiction"),
        gender="Women",
        title="Vero Moda Women Black Satin Slip Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: beige cable-knit sweater dress, long sleeves, high neck, knee length, brown ankle boots (no socks
    # showing). Caption: adapter calls it a sweater (cut). Answers: extracted.
    case(
        "X1571-036",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It "
            "has a stand neckline. The lower clothing is of three-point length. The lady wears socks. There is an "
            "accessory on her",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitted"),
        gender="Women",
        title="MANGO Women Beige Self-Design Sweater Dress",
        category="Dresses",
        color="Beige",
    ),
    # Photo: grey short-sleeved jumpsuit, round neck, drawstring waist, tapered legs, black watch. Feed row has no
    # base colour. Caption: adapter in its "upper / lower clothing" form, right, cut. Wearing: no span, VQA loops.
    # Others extracted; "Is this a jumpsuit?": VQA.
    case(
        "X1571-037",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "round. The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There "
            "is an accessory on her wrist",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a grey jumpsuit and a grey jumpsuit and a grey jumpsuit and a grey jumpsuit and a grey jumpsuit and a "
            "grey",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short sleeves"),
        is_a("jumpsuit", "yes"),
        gender="Women",
        title="DressBerry Women Grey Solid Basic Jumpsuit",
        category="Jumpsuit",
    ),
    # Photo: coral sleeveless A-line midi with a smocked square-neck bodice, white sandals. Caption: adapter,
    # stopped on a newline, right. Color: VQA, stopped (orange for coral: accepted). Others extracted.
    case(
        "X1571-038",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline."
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("orange"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Women",
        title="Sera Women Coral Solid Smocked A-Line Dress",
        category="Dresses",
        color="Coral",
    ),
    # Photo: black sleeveless fit-and-flare knee dress with white flowers, round neck, sunglasses on, black boots.
    # Caption: adapter, right, cut. Color: VQA runs on and is cut. Others extracted.
    case(
        "X1571-039",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The lady wears sunglasses. The dress this lady wears is of medium length. The dress is "
            "with chiffon fabric",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color(
            "black and white floral print dress with a black background and white flowers on it, and the dress has "
            "a round neckline and",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        gender="Women",
        title="Tokyo Talkies Women Black & White Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: girl in a purple fit-and-flare knee dress, frilled short sleeves, round neck, no jewellery. Caption:
    # adapter loops on an invented ring. Color: VQA, stopped. Others extracted.
    case(
        "X1571-040",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a ring. The lady wears a ring. The lady wears a ring. The lady wears a "
            "ring. The lady wears a",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("purple"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        gender="Girls",
        title="Hopscotch Girls Purple Solid Fit and Flare Dress",
        category="Dresses",
        color="Purple",
    ),
    # Photo: mauve jumpsuit, ruffled flutter sleeves, V neck, cropped culotte legs. Caption: adapter, a "dress"
    # and pants (cut). Color: VQA carries on into the next turn. "Is this a jumpsuit?": VQA. Others extracted.
    case(
        "X1571-041",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The pants this lady wears is of three-quarter length. The pants are with chiffon "
            "fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.color(
            "purple Question: What is the color of the garment? Answer: purple Question: What is the color of the "
            "garment? Answer: purple",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        is_a("jumpsuit", "yes"),
        gender="Women",
        title="Athena Women Mauve Solid Jumpsuit with Ruffles",
        category="Jumpsuit",
        color="Mauve",
    ),
    # Photo: olive shirt dress, rolled long sleeves, collar, belt, knee length, white sneakers. Caption: adapter,
    # a shirt and a skirt (cut). Color: VQA, stopped. Others extracted.
    case(
        "X1571-042",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. There is a belt on her waist. The skirt this lady wears is of medium length. The skirt",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("green"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women Olive Green Solid Shirt Dress",
        category="Dresses",
        color="Olive",
    ),
    # Photo: red tiered maxi with white polka dots, halter neck, wide straw sun hat. Caption: adapter, right (the
    # hat is real), cut. Color: VQA repeats its phrase to the limit. Others extracted.
    case(
        "X1571-043",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. This lady wears a hat. The dress this lady wears is of long length. The dress is "
            "with chiffon",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with graphic patterns"),
        Q.garment_type("dress"),
        Q.color(
            "red and white polka dot dress with a red and white polka dot print and a red and white polka dot",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        gender="Women",
        title="Berrylush Women Red & White Polka Dot Print Tiered Maxi Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: light-blue chambray playsuit, short sleeves, collar, button front, belt, shorts. Caption: adapter, a
    # shirt and shorts (cut). Color: VQA, stopped. "Is this a playsuit?": VQA says no. Others extracted.
    case(
        "X1571-044",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. There is a belt on her waist. The shorts this lady wears is of three-point length. The "
            "shorts",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("blue"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        is_a("playsuit", "no", "contradiction"),
        gender="Women",
        title="Mast & Harbour Women Blue Chambray Playsuit",
        category="Playsuit",
        color="Blue",
    ),
    # Photo: woman with a pixie cut in a black sleeveless A-line knee dress, round neck, silver watch, black ankle
    # boots. Caption: adapter, "gentleman" and "his" (cut). Answers: extracted.
    case(
        "X1571-045",
        caption(
            "The gentleman wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has "
            "a round neckline. There is an accessory on his wrist. The dress this gentleman wears is of medium "
            "length. The",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Women",
        title="Vero Moda Women Black Solid A-Line Dress",
        category="Dresses",
        color="Black",
    ),
]
