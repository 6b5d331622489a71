"""BLIND_462 (46 products; Myntra women's wear, adapter captions + extractive QA + base short answers): written blind in
the forty-eighth session. Measured blind at 1e6fdd0 (the session's rules as they stood): 110/134 failures found
(82.1%) and 8/168 correct texts flagged (4.8%). The writer's notes, verbatim:

Scenario: the original experiments' third setup re-run on a Myntra-like English feed of women's wear: tops, dresses,
kurtas and kurta sets, jeans, skirts and jackets, shot on studio backdrops, coloured walls and streets, most of them
styled with other garments (a tee under a jacket, a top tucked into jeans, palazzos under a kurta). Each row has the
seller's title, category, color and gender; a few rows miss the gender or the color, as real feeds do.

Who wrote what: every caption comes from the caption-only LoRA adapter at epoch 3
(`leoreigoto/Data2_V2_Blip2_Finetune_Caption`): the DeepFashion template ("The lady wears a short-sleeve T-shirt with
pure color patterns. The T-shirt is with cotton fabric ..."), trained with no end token, so it always runs to its
50-token limit (hit_limit=True) and either repeats a sentence of the template or stops mid-sentence. The open
questions of enrich's questionnaire ("Describe the garment.", "What are the details of the garment?", "What material
is the garment made of?", and this set's "What is the neckline of the garment?") are answered by the extractive QA
model (`timpal0l/mdeberta-v3-base-squad2`), which copies a span of that caption: it stops on its own, never hits a
limit, can return an empty span (squad2's no-answer), and can only repeat what the caption says (the tee's "cotton"
for the jeans, "other" for "other fabric"). Beside them, the untuned base `Salesforce/blip2-opt-2.7b` answers its own
short questions: "What is she wearing?", "What is the color of the top / dress / jeans?", "Describe the dress." and
"What are the top details?"; short lowercase texts that stop on their own (no hit_limit). The closed questions
(garment_type, color, pattern, sleeve_length, the jacket's and skirt's color, the yes/no "Is this a ...?") come from
enrich's `--engine reference`, chosen from candidate sets: never a loop or a cut. The comment before each case says
which texts came from the adapter (the caption, always) and which from the QA span and the base model.

Labeling conventions and judgement calls:
- Adapter captions: a caption that repeats a sentence (or the opening clause of one) of its template is loop; one that
  stops mid-sentence without repeating is cut. Where the template misnames the product itself (a kurta as a "dress", a
  sleeveless kurta as a "tank top", skinny jeans as "leggings", a dress split into "a jacket" and "a skirt"), that
  misnaming is what the auditor sees first: contradiction. An accessory or a wrong fabric the template invents before
  it is cut stays cut (one kind per text). Two captions happen to end on a full stop at the limit without repeating
  anything: the one whose content is right is correct (X462-026, X462-043); the one that ends on an invented
  "accessory on her wrist" is unsupported (X462-009).
- "pure color patterns" is the template's word for a plain garment (DeepFashion has no hue names): correct for a plain
  garment. The template's "shirt" for a shirt-style or straight kurta, a shirt dress or a shacket, "coat" for a puffer
  or trench, and "trousers" for jeans are accepted; "dress" for an anarkali (floor-length, flared) is accepted too,
  but "dress" for a straight or A-line kurta worn over trousers is contradiction.
- Shade words count as correct: blue for navy or teal, red or burgundy for maroon, yellow for mustard, pink for peach,
  purple for lavender, green for olive or teal, white for off white or cream, orange or brown for rust, tan for beige.
  A print or trim colour given as the garment's colour (red for an off-white top with red flowers, white for black
  with white dots, gold for a maroon kurta's gold print) is contradiction; the colour of another piece in the photo
  (the jeans, the palazzos, the tee under the jacket, a one-colour-for-everything answer) is other_garment_color. A
  colour nothing in the photo has on the garment (green from the garden behind a navy dress, blue from the sky) is
  contradiction. "Black and white" or "blue and white" for a two-coloured product is correct.
- The base question "What is the color of the top?" asked of a jacket or skirt product may be answered about the top
  she wears under it or with it (the inner tee, the tucked-in top) or about the jacket as her top layer: either colour
  is correct there, even where it differs from the seller's colour. One colour given to two garments ("a blue shirt
  and blue jeans" for a navy top with white jeans, "black top and black jeans" for light blue jeans) is
  other_garment_color; "a black top and black jeans" for a real all-black outfit is correct. The jacket's or skirt's
  own closed colour question answered with another piece's colour is other_garment_color.
- Materials: a fabric the title names, or chiffon for georgette, or cotton for a plain cotton-look knit, shirt,
  corduroy or denim, is correct; denim for jeans and leather for faux leather are correct. A fabric copied from
  another garment's sentence of the caption (the tee's "cotton" for a leather jacket, "knitting" for jeans, "denim"
  for a dress worn under a denim jacket) or one the title contradicts (chiffon for satin, cotton for rayon or velvet,
  cotton for a shiny nylon puffer) is unsupported. "other" (from "other fabric"), "graphic patterns" and an empty span
  are non_answer; a garment description copied for the material question is restated.
- The QA span describing another garment (the tee's description for a skirt) is contradiction; "The lady" for the
  details question is non_answer.
- Invented things not in the photo (a zipper on a pullover tank, a bow on a back the front view does not show, a chest
  pocket, a slit, sunglasses, a straw hat, a necklace, pockets on a top that has none, silk for a polyester satin
  dress) are unsupported.
- Base answers: "he"/"his" for a woman is pronoun; a text that runs on into "Question: ... Answer: ..." is leak even
  where its first words are right; "the top has details" and "the dress" (for "Describe the dress.") are non_answer;
  an answer that only turns the question into a sentence ("the details of the top are the details") is restated; an
  answer that stops on an early stop mid-phrase ("a white sweater and a") is cut, without hit_limit.
- Reference closed answers: navy as black, mustard as orange, maroon as pink, gold for a black anarkali with a gold
  border, 3/4 sleeves as long or short sleeves, pleats or a striped top's stripes as the skirt's "striped", a checked
  dress as "striped", a printed kurta as "solid", a shirt dress as "shirt", "no" to a kurta or to white jeans, "yes"
  to leggings for skinny jeans are contradiction; a colour of another piece (the jeans, the top, the dress under the
  jacket) is other_garment_color. "white" for a black-and-white striped top the seller calls Black is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import (
    Text,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "open")


def she(text: str, failure: str | None = None) -> Text:
    """The base model's "What is she wearing?"."""
    return wearing(text, failure, who="she")


def top_color(text: str, failure: str | None = None) -> Text:
    return color_of("top", text, failure, kind="open")


def dress_color(text: str, failure: str | None = None) -> Text:
    return color_of("dress", text, failure, kind="open")


def jeans_color(text: str, failure: str | None = None) -> Text:
    return color_of("jeans", text, failure, kind="open")


BLIND_462 = [
    # ---------------------------------------------------------------- tops
    # photo: navy blue solid round-neck short-sleeve knit top tucked into white jeans, front view, grey backdrop.
    # caption: adapter; material: QA span; wearing, top color, top details: base
    case(
        "X462-001",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        she("a blue shirt and blue jeans", "other_garment_color"),
        top_color("blue"),
        details("top", "it has a round neck and short sleeves"),
        D.material("cotton"),
        B.color("white", "other_garment_color"),
        title="Roadster Women Navy Blue Solid Round Neck Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: off-white top with a small red and green floral print, short puff sleeves, square neck, with blue jeans,
    # outdoors against a red brick wall.
    # caption: adapter; material: QA span; wearing, top color, top details: base
    case(
        "X462-002",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "square neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The lady wears a short-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        she("a white floral top and jeans"),
        top_color("red", "contradiction"),
        details("top", "puff sleeves and a square neckline"),
        D.material("chiffon", "unsupported"),
        B.pattern("floral"),
        B.color("white"),
        title="Tokyo Talkies Women Off White Floral Print Pure Cotton Puff Sleeve Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: black sleeveless ribbed crop tank top (pullover, no fastening), high-waist light blue mom jeans, white
    # studio wall.
    # caption: adapter; material: QA span; wearing, top color, top details: base
    case(
        "X462-003",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. The lady "
            "wears a long trousers. The trousers are with denim fabric and pure color patterns. Her tank top has no "
            "sleeves, cotton",
            "loop",
            hit_limit=True,
        ),
        she("a black crop top and black jeans", "other_garment_color"),
        top_color("black"),
        details("top", "it has a zipper in the front", "unsupported"),
        D.material("cotton"),
        B.sleeve_length("sleeveless"),
        is_a("tank top", "yes"),
        title="SASSAFRAS Women Black Ribbed Crop Tank Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: mustard yellow long-sleeve wrap top, V-neck, tie at the waist, light georgette-look fabric, black
    # trousers, front view only, beige backdrop.
    # caption: adapter; material: QA span; wearing, top color, top details: base
    case(
        "X462-004",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        she("a yellow top and black pants"),
        top_color("yellow"),
        details("top", "the top has a bow on the back", "unsupported"),
        D.material("chiffon"),
        B.color("orange", "contradiction"),
        B.sleeve_length("long sleeves"),
        title="Mast & Harbour Women Mustard Yellow Solid Wrap Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: white long-sleeve collared button-down shirt, untucked, with blue jeans, a brown leather handbag on her
    # arm, outdoors on a street.
    # caption: adapter; wearing, top color, top details: base
    case(
        "X462-005",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The lady wears a ring on her finger. The",
            "cut",
            hit_limit=True,
        ),
        she("a white shirt and jeans and a brown bag"),
        top_color("white"),
        details("top", "he is wearing a white shirt with a collar", "pronoun"),
        B.garment_type("shirt"),
        title="HERE&NOW Women White Solid Casual Shirt",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: peach sleeveless top with ruffles at the shoulders, round neck, with white trousers, against a pink wall.
    # caption: adapter; material, neckline: QA span; wearing, top color, top details: base
    case(
        "X462-006",
        caption(
            "Her tank top has no sleeves, chiffon fabric and pure color patterns. The neckline of it is round. The "
            "lady wears a long trousers. The trousers are with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        she("a pink top and white pants"),
        top_color("white", "other_garment_color"),
        details("top", "ruffles"),
        D.material("chiffon"),
        neckline("round"),
        B.color("pink"),
        title="FabAlley Women Peach-Coloured Ruffled Georgette Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: black and white horizontal striped top, 3/4 sleeves, boat neck, with black jeans, white backdrop.
    # caption: adapter; wearing, top color, top details: base
    case(
        "X462-007",
        caption(
            "The lady wears a medium-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The lady wears a medium-sleeve",
            "loop",
            hit_limit=True,
        ),
        she("a black and white striped shirt"),
        top_color("black and white"),
        details("top", "stripes"),
        B.pattern("striped"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.color("white"),
        title="Vero Moda Women Black & White Striped Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: lavender satin cami top with spaghetti straps, white wide-leg trousers, a potted plant beside her,
    # studio.
    # caption: adapter; material: QA span; wearing, top color, top details: base
    case(
        "X462-008",
        caption(
            "Her tank top has no sleeves, chiffon fabric and pure color patterns. The neckline of it is suspenders. "
            "The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns. Her tank top "
            "has no sleeves,",
            "loop",
            hit_limit=True,
        ),
        she("a purple tank top and white pants"),
        top_color("purple"),
        details("top", "spaghetti straps"),
        D.material("chiffon", "unsupported"),
        B.color("purple"),
        title="DressBerry Women Lavender Satin Cami Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: olive green short-sleeve cropped shirt with two chest pockets, open over a white tank top, blue jeans,
    # no jewellery, white backdrop.
    # caption: adapter; material: QA span; wearing, top color, top details: base
    case(
        "X462-009",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has "
            "a lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is an accessory on her wrist.",
            "unsupported",
            hit_limit=True,
        ),
        she("a green shirt over a white tank top and jeans"),
        top_color("green"),
        details(
            "top",
            "two pockets Question: what is the color of the jeans? Answer: blue",
            "leak",
        ),
        D.material("cotton"),
        B.color("green"),
        title="Roadster Women Olive Green Solid Cropped Shirt",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # ---------------------------------------------------------------- dresses
    # photo: maroon A-line midi dress, short flutter sleeves, V-neck, self-tie belt, no slit, white backdrop.
    # caption: adapter; material: QA span; wearing, dress color, describe dress: base
    case(
        "X462-010",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a belt. The lady wears a short-sleeve dress with pure color patterns. "
            "The dress is with",
            "loop",
            hit_limit=True,
        ),
        she("a red dress"),
        dress_color("burgundy"),
        describe("dress", "a long red dress with a belt and a slit", "unsupported"),
        D.material("", "non_answer"),
        B.garment_type("dress"),
        B.color("red"),
        title="Harpa Women Maroon Solid A-Line Midi Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: black fit-and-flare mini dress with white polka dots, short puff sleeves, square neck, model seated on a
    # wooden stool, grey backdrop.
    # caption: adapter; wearing, dress color, describe dress: base
    case(
        "X462-011",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "square neckline. The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton "
            "fabric. It has a square",
            "loop",
            hit_limit=True,
        ),
        she("a black and white polka dot dress and a", "cut"),
        dress_color("white", "contradiction"),
        describe("dress", "the dress is black with white polka dots"),
        B.pattern("polka dot"),
        B.sleeve_length("short sleeves"),
        is_a("dress", "yes"),
        title="Athena Women Black Polka Dot Print Fit and Flare Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: navy blue tiered maxi dress with a small white and pink floral print, long sleeves, V-neck, outdoors in a
    # garden with green hedges behind.
    # caption: adapter; material: QA span; wearing, dress color, describe dress: base
    case(
        "X462-012",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon "
            "fabric. It has a",
            "loop",
            hit_limit=True,
        ),
        she("a blue floral dress"),
        dress_color("green", "contradiction"),
        describe("dress", "the dress", "non_answer"),
        D.material("chiffon"),
        B.color("blue"),
        B.sleeve_length("long sleeves"),
        title="Tokyo Talkies Women Navy Blue Floral Printed Tiered Maxi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white knee-length shirt dress, button front, collar, sleeves rolled to the elbow, brown belt, no chest
    # pocket, white wall and a potted plant.
    # caption: adapter; material: QA span; wearing, dress color, describe dress: base
    case(
        "X462-013",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The lady wears a belt. The lady wears a long-sleeve shirt with pure color patterns. The "
            "shirt is",
            "loop",
            hit_limit=True,
        ),
        she("a white shirt dress with a brown belt"),
        dress_color("white"),
        describe(
            "dress",
            "a white button down dress with a belt and a pocket on the chest",
            "unsupported",
        ),
        B.garment_type("shirt", "contradiction"),
        D.material("cotton"),
        title="HERE&NOW Women White Solid Pure Cotton Shirt Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: emerald green satin slip midi dress, thin straps, cowl neck, beige backdrop.
    # caption: adapter; material: QA span; wearing, dress color, describe dress: base
    case(
        "X462-014",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a sleeveless dress with pure color "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        she(
            "a green dress Question: what is the color of the dress? Answer: green",
            "leak",
        ),
        dress_color("green"),
        describe("dress", "a long green silk dress", "unsupported"),
        D.material("chiffon", "unsupported"),
        B.sleeve_length("sleeveless"),
        title="SASSAFRAS Women Green Satin Slip Midi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: pink and white gingham checked fit-and-flare mini dress, short puff sleeves, sweetheart neck, white
    # backdrop.
    # caption: adapter; wearing, dress color, describe dress: base
    case(
        "X462-015",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton "
            "fabric. It has",
            "loop",
            hit_limit=True,
        ),
        she("a pink and white checkered dress"),
        dress_color("pink"),
        describe("dress", "he is wearing a short pink dress with puff sleeves", "pronoun"),
        B.pattern("striped", "contradiction"),
        is_a("skirt", "no"),
        B.color("pink"),
        title="Berrylush Women Pink & White Checked Fit and Flare Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: rust wrap midi dress with a small white and black ethnic print, 3/4 sleeves, V-neck, white sneakers, on
    # a city pavement.
    # caption: adapter; material: QA span; wearing, dress color, describe dress: base
    case(
        "X462-016",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a ring on her finger. The lady has neckwear. There is an accessory on "
            "her wrist. She",
            "cut",
            hit_limit=True,
        ),
        she(
            "an orange dress and white shoes Question: what is the color of the shoes? Answer: white",
            "leak",
        ),
        dress_color("orange"),
        describe("dress", "a brown wrap dress with white designs"),
        D.material("chiffon"),
        B.color("orange"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Sangria Women Rust Ethnic Motifs Print Wrap Dress",
        category="Dresses",
        color="Rust",
        gender="Women",
    ),
    # photo: black sleeveless knee-length bodycon dress with a blue denim jacket worn open over it, white backdrop.
    # caption: adapter; material: QA span; wearing, dress color, describe dress: base
    case(
        "X462-017",
        caption(
            "The lady wears a long-sleeve denim jacket with pure color patterns. The lady also wears a skirt. The "
            "skirt is with cotton fabric and pure color patterns. Her outer clothing is a jacket with denim fabric. "
            "The lady wears a long-sleeve",
            "contradiction",
            hit_limit=True,
        ),
        she("a black dress and a denim jacket"),
        dress_color("blue", "other_garment_color"),
        describe("dress", "a short black dress"),
        B.garment_type("jacket", "contradiction"),
        B.color("black"),
        D.material("denim", "unsupported"),
        title="ONLY Women Black Solid Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: yellow tiered midi sundress with small white flowers, thin straps, bareheaded, on a beach under a blue
    # sky.
    # caption: adapter; wearing, dress color, describe dress: base (the feed has no gender for this row)
    case(
        "X462-018",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. The neckline of "
            "it is suspenders. The lady wears a sleeveless dress with floral patterns. The dress is with chiffon "
            "fabric. The",
            "loop",
            hit_limit=True,
        ),
        she("a yellow dress"),
        dress_color("yellow"),
        describe(
            "dress",
            "a yellow sundress with white flowers and a straw hat",
            "unsupported",
        ),
        B.pattern("floral"),
        B.sleeve_length("sleeveless"),
        B.color("blue", "contradiction"),
        title="Sassafras Yellow Floral Print Tiered Midi Dress",
        category="Dresses",
        color="Yellow",
    ),
    # ---------------------------------------------------------------- kurtas
    # photo: yellow straight pure cotton kurta with a white block print, 3/4 sleeves, round neck, white palazzos,
    # white backdrop.
    # caption: adapter; description, material: QA span; wearing, top color: base
    case(
        "X462-019",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The lady wears a",
            "contradiction",
            hit_limit=True,
        ),
        she("a yellow kurta and white pants"),
        top_color("yellow Question: what is the color of the pants? Answer: white", "leak"),
        D.description("a medium-sleeve dress with graphic patterns", "contradiction"),
        D.material("cotton"),
        B.garment_type("kurta"),
        title="Libas Women Yellow & White Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: teal A-line kurta with a gold foil print, long sleeves, mandarin collar, matching teal trousers, a
    # dupatta over one shoulder, off-white backdrop with a wooden chair.
    # caption: adapter; material: QA span; wearing, top color: base
    case(
        "X462-020",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and it has a "
            "stand neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        she("a blue dress and a scarf", "contradiction"),
        top_color("gold", "contradiction"),
        D.material("graphic patterns", "non_answer"),
        B.color("blue"),
        is_a("kurta", "yes"),
        title="Anouk Women Teal Ethnic Motifs Printed A-Line Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: white chikankari straight kurta, white-on-white embroidery, 3/4 sleeves, V-neck, pink palazzos, pink wall.
    # caption: adapter; description, material: QA span; wearing, top color: base
    case(
        "X462-021",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long trousers. The trousers are with chiffon fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        she("a white kurta and pink pants"),
        top_color("pink", "other_garment_color"),
        D.description("a medium-sleeve shirt with pure color patterns"),
        D.material("a medium-sleeve shirt with pure color patterns", "restated"),
        B.pattern("embroidered"),
        B.color("white"),
        title="Ada Women White Chikankari Embroidered Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: black floor-length georgette anarkali kurta with a gold zari border at the hem, full sleeves, round
    # neck, black churidar, no jewellery, grey backdrop.
    # caption: adapter; material: QA span; wearing, top color: base
    case(
        "X462-022",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon "
            "fabric. It has",
            "loop",
            hit_limit=True,
        ),
        she("a black dress with gold trim and a gold necklace", "unsupported"),
        top_color("black"),
        D.material("chiffon"),
        B.garment_type("kurta"),
        B.sleeve_length("long sleeves"),
        B.color("gold", "contradiction"),
        title="Biba Women Black Solid Anarkali Georgette Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: indigo blue sleeveless straight kurta with a white floral print, round neck, white pants, silver jhumka
    # earrings, white backdrop.
    # caption: adapter; description, material: QA span; wearing, top color: base
    case(
        "X462-023",
        caption(
            "Her tank top has no sleeves, cotton fabric and floral patterns. The neckline of it is round. The lady "
            "wears a long trousers. The trousers are with cotton fabric and pure color patterns. The lady has "
            "neckwear. The lady wears a",
            "contradiction",
            hit_limit=True,
        ),
        she("a blue and white kurta"),
        top_color("blue and white"),
        D.description("tank top", "contradiction"),
        D.material("cotton"),
        B.sleeve_length("sleeveless"),
        B.pattern("solid", "contradiction"),
        title="Jaipur Kurti Women Indigo Blue Floral Printed Sleeveless Cotton Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: green straight kurta with pink thread embroidery on the yoke, long sleeves, round neck, green pants,
    # white backdrop.
    # caption: adapter; details, material: QA span; wearing, top color: base
    case(
        "X462-024",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The lady wears a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        she("he is wearing a green kurta", "pronoun"),
        top_color("green"),
        D.details("The lady", "non_answer"),
        D.material("cotton", "unsupported"),
        B.color("green"),
        title="W Women Green Embroidered Yoke Design Viscose Rayon Straight Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: maroon straight kurta with a small gold print, 3/4 sleeves, round neck, gold-coloured palazzos, studio.
    # caption: adapter; description: QA span; wearing, top color: base
    case(
        "X462-025",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with chiffon fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        she("a red and gold dress", "contradiction"),
        top_color("gold", "other_garment_color"),
        D.description("a medium-sleeve shirt with graphic patterns"),
        B.color("pink", "contradiction"),
        B.garment_type("kurta"),
        title="Vishudh Women Maroon & Gold-Toned Printed Straight Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: white and blue striped shirt-style kurta, long sleeves, collar, button placket, with blue jeans, white
    # wall. The feed has no color for this row.
    # caption: adapter (ends on a full stop at the limit, nothing repeated); details, material: QA span;
    # wearing, top color: base
    case(
        "X462-026",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        she("a blue and white striped shirt and jeans"),
        top_color("blue and white"),
        D.details("lapel neckline"),
        D.material("cotton"),
        B.pattern("striped"),
        is_a("kurta", "no", "contradiction"),
        title="Sangria Women White & Blue Striped Cotton Shirt Style Kurta",
        category="Kurtas",
        gender="Women",
    ),
    # ---------------------------------------------------------------- jeans
    # photo: light blue high-rise skinny jeans, white short-sleeve crop tee, white sneakers, full body, studio.
    # caption: adapter; material: QA span; wearing, jeans color, top color: base
    case(
        "X462-027",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        she("a white top and blue jeans"),
        jeans_color("blue"),
        top_color("white"),
        D.material("denim"),
        B.color("white", "other_garment_color"),
        title="Roadster Women Blue Skinny Fit High-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: black high-rise mom jeans with a red knit sweater tucked in, outdoors against a yellow wall.
    # caption: adapter; material: QA span; wearing, jeans color, top color, top details: base
    case(
        "X462-028",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The lady wears a long-sleeve sweater",
            "loop",
            hit_limit=True,
        ),
        she("a red sweater and black jeans"),
        jeans_color("black"),
        top_color("red"),
        details("top", "the details of the top are the top details", "restated"),
        D.material("knitting", "unsupported"),
        B.color("black"),
        title="Kotty Women Black Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: dark navy blue straight jeans with a raw hem, white long-sleeve shirt tucked in, white backdrop.
    # caption: adapter; material: QA span; wearing, jeans color, top color: base
    case(
        "X462-029",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        she("a white shirt and blue jeans"),
        jeans_color("white", "other_garment_color"),
        top_color("white"),
        D.material("denim"),
        B.color("black", "contradiction"),
        title="Levis Women Navy Blue Straight Fit Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: grey boyfriend jeans ripped at the knees, black short-sleeve tee, black ankle boots, studio.
    # caption: adapter; details, material: QA span; wearing, jeans color, top color: base
    case(
        "X462-030",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The lady wears a short-sleeve",
            "loop",
            hit_limit=True,
        ),
        she("a black shirt and grey ripped jeans"),
        jeans_color("grey"),
        top_color("grey", "other_garment_color"),
        D.details("", "non_answer"),
        D.material("denim"),
        title="HERE&NOW Women Grey Boyfriend Fit Mid-Rise Highly Distressed Jeans",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: white wide-leg jeans, white shirt with thin light blue stripes tucked in, beige wall.
    # caption: adapter; material: QA span; wearing, jeans color, top color: base
    case(
        "X462-031",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The lady wears a long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        she("a blue striped shirt and white pants"),
        jeans_color("white"),
        top_color("blue"),
        D.material("a long-sleeve shirt with striped patterns", "restated"),
        B.color("blue", "other_garment_color"),
        is_a("pair of jeans", "no", "contradiction"),
        title="StyleStone Women White Wide Leg Jeans",
        category="Jeans",
        color="White",
        gender="Women",
    ),
    # photo: blue high-rise flared jeans with a yellow long-sleeve knit top, side view, studio. No gender in the feed.
    # caption: adapter; material: QA span; wearing, jeans color, top color: base
    case(
        "X462-032",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        she(
            "yellow sweater and blue jeans Question: what is the color of the jeans? Answer: blue",
            "leak",
        ),
        jeans_color("blue"),
        top_color("blue", "other_garment_color"),
        D.material("denim"),
        B.color("blue"),
        title="Tokyo Talkies Women Blue Flared High-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: black skinny jeans with a black long-sleeve top (all-black outfit), white studio.
    # caption: adapter; material: QA span; wearing, jeans color, top color: base
    case(
        "X462-033",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The lady",
            "contradiction",
            hit_limit=True,
        ),
        she("a black top and black jeans"),
        jeans_color("black"),
        top_color("black"),
        D.material("cotton"),
        is_a("pair of leggings", "yes", "contradiction"),
        title="ONLY Women Black Skinny Fit Mid-Rise Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # ---------------------------------------------------------------- skirts
    # photo: black pleated midi skirt (polyester), white short-sleeve tee tucked in, white studio.
    # caption: adapter; description, material: QA span; wearing, top color: base
    case(
        "X462-034",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        she("a white shirt and a black skirt"),
        top_color("black", "other_garment_color"),
        D.description("a long skirt"),
        D.material("cotton", "unsupported"),
        color_skirt("black"),
        B.pattern("striped", "contradiction"),
        title="DressBerry Women Black Solid Pleated Midi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: blue denim A-line mini skirt with a button front, red and white striped tee, outdoors, no sunglasses.
    # caption: adapter; material: QA span; wearing, top color: base
    case(
        "X462-035",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a short skirt. The skirt is with denim fabric and pure color patterns. The "
            "lady wears a short-sleeve",
            "loop",
            hit_limit=True,
        ),
        she("a striped shirt and a denim skirt and sunglasses", "unsupported"),
        top_color("red and white"),
        D.material("denim"),
        color_skirt("blue"),
        is_a("skirt", "yes"),
        B.pattern("striped", "contradiction"),
        title="Roadster Women Blue Solid Denim Mini A-Line Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: white georgette wrap midi skirt with pink and green flowers, a solid pink short-sleeve top, in a garden.
    # caption: adapter; description, material: QA span; wearing, top color: base
    case(
        "X462-036",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a V-shape neckline. The lady wears a long skirt. The skirt is with chiffon fabric and floral patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        she("a pink top and a floral skirt"),
        top_color("pink"),
        D.description("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        color_skirt("pink", "other_garment_color"),
        B.pattern("floral"),
        D.material("chiffon"),
        title="Berrylush Women White & Pink Floral Printed Georgette Wrap Midi Skirt",
        category="Skirts",
        color="White",
        gender="Women",
    ),
    # photo: brown faux leather mini pencil skirt, cream turtleneck sweater tucked in, black tights, studio.
    # caption: adapter; description, material: QA span; wearing, top color: base
    case(
        "X462-037",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a stand neckline. The lady wears a short skirt. The skirt is with leather fabric and pure color "
            "patterns. The lady wears a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        she("a white sweater and a", "cut"),
        top_color("white"),
        D.description("a short skirt"),
        D.material("knitting", "unsupported"),
        color_skirt("black", "other_garment_color"),
        title="SASSAFRAS Women Brown Solid Faux Leather Mini Pencil Skirt",
        category="Skirts",
        color="Brown",
        gender="Women",
    ),
    # photo: olive green cotton cargo midi skirt with flap pockets, black sleeveless tank top (no pockets), grey
    # studio.
    # caption: adapter; material: QA span; wearing, top color, top details: base
    case(
        "X462-038",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. The lady "
            "wears a long skirt. The skirt is with cotton fabric and pure color patterns. Her tank top has no "
            "sleeves, cotton",
            "loop",
            hit_limit=True,
        ),
        she("a black top and a green skirt"),
        top_color("green", "other_garment_color"),
        details("top", "it has pockets", "unsupported"),
        D.material("cotton"),
        color_skirt("green"),
        B.pattern("solid"),
        title="Kook N Keech Women Olive Green Solid Cargo Midi Skirt",
        category="Skirts",
        color="Olive",
        gender="Women",
    ),
    # photo: maroon velvet flared knee-length skirt, black long-sleeve top tucked in, studio.
    # caption: adapter; description, material: QA span; wearing, top color: base
    case(
        "X462-039",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a medium short skirt. The skirt is with cotton fabric and pure color "
            "patterns. The lady wears",
            "cut",
            hit_limit=True,
        ),
        she("a black shirt and a red skirt"),
        top_color("red", "other_garment_color"),
        D.description("a medium short skirt"),
        D.material("cotton", "unsupported"),
        color_skirt("red"),
        B.garment_type("skirt"),
        title="Athena Women Maroon Velvet Flared Skirt",
        category="Skirts",
        color="Maroon",
        gender="Women",
    ),
    # ---------------------------------------------------------------- jackets
    # photo: black faux leather biker jacket worn open over a white tee and blue jeans, studio.
    # caption: adapter; material: QA span; wearing, top color, top details: base
    case(
        "X462-040",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. Her outer",
            "cut",
            hit_limit=True,
        ),
        she("a black leather jacket, white shirt and jeans"),
        top_color("white"),
        details("top", "the top has details", "non_answer"),
        D.material("cotton", "unsupported"),
        color_jacket("black"),
        B.garment_type("jacket"),
        title="Roadster Women Black Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: blue washed denim jacket, buttoned, long sleeves, chest pockets, a yellow top showing at the neck, black
    # jeans, outdoors.
    # caption: adapter; material: QA span; wearing, top color, top details: base
    case(
        "X462-041",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and it has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The lady wears a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        she("a blue jacket and blue jeans", "other_garment_color"),
        top_color("blue"),
        details("top", "buttons and pockets"),
        D.material("denim"),
        color_jacket("blue"),
        B.sleeve_length("long sleeves"),
        title="HERE&NOW Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: olive green nylon bomber jacket with ribbed cuffs and a zip front, worn open over a black tee, black
    # jeans, on a street.
    # caption: adapter; material: QA span; wearing, top color, top details: base
    case(
        "X462-042",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        she("a green jacket and black pants"),
        top_color("black"),
        details("top", "his jacket has a zipper", "pronoun"),
        D.material("cotton", "unsupported"),
        color_jacket("black", "other_garment_color"),
        B.garment_type("jacket"),
        title="Kook N Keech Women Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: beige belted longline trench coat, buttoned, over a white top and blue jeans, on a street.
    # caption: adapter (ends on a full stop at the limit, nothing repeated); wearing, top color, top details: base
    case(
        "X462-043",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric and it has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The lady wears a belt.",
            hit_limit=True,
        ),
        she("a tan trench coat and jeans"),
        top_color("white"),
        details(
            "top",
            "it has a belt and buttons Question: what is the color of the jeans? Answer: blue",
            "leak",
        ),
        color_jacket("beige"),
        B.sleeve_length("long sleeves"),
        title="Mast & Harbour Women Beige Solid Longline Trench Coat",
        category="Jackets",
        color="Beige",
        gender="Women",
    ),
    # photo: red hooded puffer jacket, zipped, shiny nylon shell, black leggings, white studio.
    # caption: adapter; material: QA span; wearing, top color, top details: base
    case(
        "X462-044",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. The lady "
            "wears a long leggings. The leggings are with cotton fabric and pure color patterns. The lady wears a "
            "long-sleeve coat with pure",
            "loop",
            hit_limit=True,
        ),
        she("a red jacket"),
        top_color("red"),
        details("top", "the details of the top are the details", "restated"),
        D.material("cotton", "unsupported"),
        color_jacket("red"),
        title="Fort Collins Women Red Solid Padded Puffer Jacket",
        category="Jackets",
        color="Red",
        gender="Women",
    ),
    # photo: white tweed cropped jacket with black trim, long sleeves, over a short black dress, studio.
    # caption: adapter; material: QA span; wearing, dress color, describe dress: base
    case(
        "X462-045",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with other fabric and it has a "
            "round neckline. The lady wears a short skirt. The skirt is with cotton fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        she("a white jacket and a black dress"),
        dress_color("black"),
        describe("dress", "a short black dress with a white jacket"),
        color_jacket("black", "other_garment_color"),
        D.material("other", "non_answer"),
        title="Vero Moda Women White & Black Tweed Cropped Jacket",
        category="Jackets",
        color="White",
        gender="Women",
    ),
    # photo: mustard yellow corduroy shacket with two flap pockets, open over a white tee, blue jeans, studio.
    # No gender in the feed.
    # caption: adapter; material: QA span; wearing, top color, top details: base
    case(
        "X462-046",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        she("a yellow shirt and jeans"),
        top_color("yellow"),
        details("top", "it has two pockets on the", "cut"),
        D.material("cotton"),
        color_jacket("yellow"),
        B.garment_type("jacket"),
        title="Roadster Women Mustard Yellow Corduroy Shacket",
        category="Jackets",
        color="Mustard",
    ),
]
