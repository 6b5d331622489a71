"""BLIND_236 (46 products; UK department store women's occasion wear: dresses, jumpsuits, blouses, skirts, blazers):
written blind in the forty-first session. Measured blind at bb6341b (the session's rules as they stood): 89/117
failures found (76.1%) and 6/148 correct texts flagged (4.1%). The writer's notes, verbatim:

Scenario: an English catalog feed of a UK department store's women's occasion wear (Next, M&S-like): satin, sequin,
velvet, lace and chiffon cocktail and maxi dresses, jumpsuits, satin blouses, sequin tops, pleated skirts, tailored
trousers and blazers. The photos are shot on models, in studios (plain, coloured walls, a plant or a prop) and at
venues (ballroom, bar, rooftop, garden, staircase, restaurant). Separates are worn with other garments (a blouse
tucked into black trousers, a tee over a pleated skirt, a blazer over a slip dress), so the product is often only
one of two or three pieces in the photo. Each row has the seller's title, category, color and gender; a few rows
miss the gender, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman in a red
dress ...") unless the comment says the caption adapter wrote them. The caption-only LoRA adapter of the original
experiments writes the DeepFashion template ("The lady wears a long-sleeve dress with pure color patterns. The dress
is with cotton fabric ..."), has no end-of-answer token, so it runs to its limit (hit_limit=True), and returns the
template to any question it is asked (the comments name the questions it answered). The other open answers come
from the base model, which stops on its own (never hit_limit). The closed questions (garment_type, color, pattern,
sleeve_length, the per-piece color questions and "Is this a ...?") come from enrich's `--engine reference`, chosen
from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct: blue for navy, cobalt or teal, green for teal, sage, mint, olive or emerald, purple for
  lilac or lavender, red or maroon for burgundy, orange for rust, orange or pink for coral, yellow for mustard,
  gold or beige for champagne, gold or yellow for gold metallic, grey for silver, white for ivory or cream, brown
  for a leopard print on a tan ground. Wrong hues from the reference engine (navy as black, olive as brown, mustard
  as orange, burgundy as purple, coral as yellow) are contradiction.
- A color of the print or embroidery given as the garment's color (pink for a navy floral dress, white for a black
  polka dot dress, white for blue tulle with white embroidery) is contradiction; the color of another garment in
  the photo (the trousers under a blouse, the cami under a blazer, the jumper over a skirt) is other_garment_color.
- Garment synonyms are correct: jacket or suit for a blazer, shirt or top for a blouse, cami or tank top for a cami,
  pants for trousers, wedding dress for an ivory lace maxi. A jumpsuit called a dress or pants (by the base, the
  engine or the adapter's template) is contradiction; so is a blazer dress called "a white jacket", a blazer
  called a shirt by the adapter template, and "yes" to "Is this a dress?" for a blazer or a jumpsuit.
- Pleats or plisse answered "striped" and a geometric print answered "striped" are contradiction; a cami or a
  one-shoulder dress answered "short sleeves", and a 3/4-sleeve lace dress answered "sleeveless", are contradiction.
- Materials: one the title names (satin, velvet, lace, chiffon, tulle, organza, sequins, metallic) is correct;
  chiffon or organza for a sheer sleeve is correct; cotton for a printed plain-weave midi is a plausible guess and
  correct; silk for a satin garment and wool for an unnamed blazer fabric are unsupported.
- Invented details not visible in the photo (a belt, a bow, a bag, a slit, a collar, a zipper on an unseen back,
  pockets hidden under a blazer, a train and veil) are unsupported.
- Adapter texts: one that repeats a sentence (or starts the first sentence again) is loop; one that stops
  mid-sentence without repeating is cut, even when it names a wrong fabric before the cut; one that misnames the
  product's garment (jumpsuit as dress, blazer as shirt) is contradiction; the template returned for the material
  question is restated. All keep hit_limit=True.
- A base answer that stops early mid-phrase ("it is made of", "sequins and a") is cut without hit_limit. An empty
  answer, "the details of the dress", "it is a skirt", "the jumpsuit" and "the pants are long" are non_answer; a
  material question answered with the garment's name and color is restated.
- Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right.
- "he" or "a man" for a woman is pronoun.
- One color given to every piece (the base model's habit): where the product gets another piece's color ("a white
  shirt and a white skirt" for a mustard skirt) it is other_garment_color; where another piece gets the product's
  color, or a color no piece has ("gold pants" under a gold blazer, "a grey top and grey pants"), it is contradiction.
- Layered outfits named piece by piece in their own colors ("a white shirt and black pants" for an ivory blouse)
  are correct, and so are walls, props and venues named in the caption (a pink wall, balloons, a flower arch).
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_trousers = question("color_trousers", "What is the color of the trousers?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
color_blazer = question("color_blazer", "What is the color of the blazer?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "open")

BLIND_236 = [
    # photo: model in a black satin cowl neck slip midi dress, thin straps, black heels, plain white studio, front view.
    # adapter: none
    case(
        "X236-001",
        caption("a woman in a black satin dress standing against a white wall"),
        D.wearing("a black slip dress"),
        D.garment_type("dress"),
        D.color("black"),
        D.sleeve_length("sleeveless"),
        D.details(
            "spaghetti straps Question: What is the material of the dress? Answer: satin",
            "leak",
        ),
        D.material("silk", "unsupported"),
        title="Black Satin Cowl Neck Slip Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in an emerald sequin long-sleeve maxi dress in a hotel ballroom, chandeliers, gold chairs behind.
    # caption: adapter
    case(
        "X236-002",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The dress is of long length. This lady wears a ring. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green sequin dress and a necklace", "unsupported"),
        D.color("green"),
        D.sleeve_length("long sleeves"),
        D.description("a green sequined gown with long sleeves"),
        D.details("sequins Question: What is the color of the dress? Answer: green", "leak"),
        title="Emerald Sequin Long Sleeve Maxi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: model in a navy sleeveless V-neck wide-leg jumpsuit with a self-tie belt, holding a gold clutch, grey
    # studio backdrop, front view; no pockets visible. adapter: none
    case(
        "X236-003",
        caption("a woman in a blue jumpsuit holding a gold clutch"),
        D.wearing("a navy jumpsuit"),
        D.garment_type("dress", "contradiction"),
        D.color("black", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.details("the jumpsuit has a belt and pockets", "unsupported"),
        title="Navy Belted Wide Leg Jumpsuit",
        category="Jumpsuits",
        color="Navy",
        gender="Women",
    ),
    # photo: model in an ivory satin long-sleeve blouse tucked into black tailored trousers, beige studio backdrop.
    # details: adapter
    case(
        "X236-004",
        caption("a woman wearing a white blouse and white pants", "contradiction"),
        D.wearing("a white shirt and black pants"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The shirt is with silk fabric and pure color patterns. It has a lapel neckline. The shirt is with silk "
            "fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        D.material("satin"),
        title="Ivory Satin Long Sleeve Blouse",
        category="Tops & Blouses",
        color="Ivory",
        gender="Women",
    ),
    # photo: model in a gold sequin cami top (thin straps) with black wide-leg trousers, no belt, at a cocktail bar
    # with bottles on shelves behind. adapter: none
    case(
        "X236-005",
        caption("a woman in a gold sequin top and black pants standing at a bar"),
        D.wearing("a gold top and gold pants", "contradiction"),
        color_top("gold"),
        D.color("black", "other_garment_color"),
        D.description("a gold sequined tank top with a black belt", "unsupported"),
        D.material("sequins"),
        title="Gold Sequin Cami Top",
        category="Tops",
        color="Gold",
        gender="Women",
    ),
    # photo: model in a dusty pink pleated midi skirt with a white tee tucked in, white trainers, in front of a pink
    # painted wall. caption: adapter
    case(
        "X236-006",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t shirt and pink skirt"),
        D.color("white", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        D.details("the skirt is pleated"),
        title="Dusty Pink Pleated Midi Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a cobalt single-breasted blazer over a white cami, matching cobalt trousers, grey studio.
    # caption: adapter
    case(
        "X236-007",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. She wears a long trousers. The trousers are with cotton fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue suit"),
        D.garment_type("jacket"),
        color_blazer("blue"),
        D.color("white", "other_garment_color"),
        D.description("a blue blazer with a white top and a gold necklace", "unsupported"),
        title="Cobalt Tailored Single Breasted Blazer",
        category="Blazers",
        color="Cobalt",
        gender="Women",
    ),
    # photo: model in a navy maxi dress printed with pink and white flowers, short flutter sleeves, in a garden with
    # clipped hedges; the skirt has no slit. adapter: none
    case(
        "X236-008",
        caption("a woman in a floral dress standing in a garden"),
        D.wearing("a blue floral dress"),
        D.pattern("floral"),
        D.color("pink", "contradiction"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details("the dress has a floral print and a slit on the side", "unsupported"),
        title="Navy Floral Flutter Sleeve Maxi Dress",
        category="Dresses",
        color="Navy",
        gender="Women",
    ),
    # photo: model in a red one-shoulder sleeveless mini cocktail dress, black heels, white studio, no bow.
    # adapter: none
    case(
        "X236-009",
        caption("a woman in a red dress posing for a photo"),
        D.wearing("she is wearing a red dress"),
        D.color("red"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("a red one shoulder dress with a bow", "unsupported"),
        D.details("the details of the dress", "non_answer"),
        title="Red One Shoulder Mini Dress",
        category="Dresses",
        color="Red",
    ),
    # photo: model seated at a restaurant table with candles, in a champagne satin long-sleeve wrap midi dress with
    # a tie waist. description: adapter
    case(
        "X236-010",
        caption("a man in a gold dress sitting at a table", "pronoun"),
        D.wearing("a beige dress"),
        D.color("gold"),
        D.description(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. The lady wears a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        title="Champagne Satin Wrap Midi Dress",
        category="Dresses",
        color="Champagne",
        gender="Women",
    ),
    # photo: model in black tailored straight-leg trousers with a cream short-sleeve knit top, light grey studio,
    # full length. adapter: none
    case(
        "X236-011",
        caption("a woman in a white sweater and black pants"),
        D.wearing("a grey top and grey pants", "contradiction"),
        color_trousers("black"),
        D.color("white", "other_garment_color"),
        D.details("the pants are long", "non_answer"),
        title="Black Tailored Straight Leg Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: model in a silver metallic pleated midi skirt with a black long-sleeve bodysuit, black studio backdrop.
    # caption: adapter
    case(
        "X236-012",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black top and a silver skirt"),
        D.color("grey"),
        color_top("grey", "other_garment_color"),
        D.material("it is made of", "cut"),
        title="Silver Metallic Pleated Midi Skirt",
        category="Skirts",
        color="Silver",
        gender="Women",
    ),
    # photo: model on a marble staircase at a venue, in a lilac sleeveless chiffon maxi dress with ruffled tiers.
    # adapter: none
    case(
        "X236-013",
        caption("a woman in a purple dress standing on a staircase"),
        D.wearing("he is wearing a purple dress", "pronoun"),
        D.color("purple"),
        D.sleeve_length("sleeveless"),
        D.description("a purple dress with ruffles and a", "cut"),
        D.material("chiffon"),
        title="Lilac Ruffle Chiffon Maxi Dress",
        category="Dresses",
        color="Lilac",
        gender="Women",
    ),
    # photo: model in a black velvet blazer worn open over a champagne satin slip dress, white studio, front view.
    # material: adapter
    case(
        "X236-014",
        caption("a woman in a black jacket and a gold dress"),
        D.wearing("a black blazer and a dress"),
        D.garment_type("jacket"),
        D.color("gold", "other_garment_color"),
        is_a("dress", "yes", "contradiction"),
        D.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a",
            "restated",
            hit_limit=True,
        ),
        title="Black Velvet Tailored Blazer",
        category="Blazers",
        color="Black",
        gender="Women",
    ),
    # photo: model in an olive short-sleeve wide-leg jumpsuit with a tie waist, in front of a red brick wall outdoors.
    # adapter: none
    case(
        "X236-015",
        caption("a woman in a green jumpsuit standing in front of a brick wall"),
        D.wearing("a green jumpsuit"),
        D.garment_type("jumpsuit"),
        D.color("brown", "contradiction"),
        D.description("a green jumpsuit with a belt"),
        D.details("the jumpsuit", "non_answer"),
        title="Olive Tie Waist Wide Leg Jumpsuit",
        category="Jumpsuits",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a fuchsia satin pussy-bow blouse, long sleeves, with navy tailored trousers, white studio.
    # details: adapter
    case(
        "X236-016",
        caption("a woman in a pink blouse and blue pants"),
        D.wearing("a pink shirt and navy pants"),
        D.color("pink"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with silk fabric. It has a "
            "round neckline. The shirt is with silk fabric. It has a round",
            "loop",
            hit_limit=True,
        ),
        D.material("satin"),
        title="Fuchsia Satin Pussy Bow Blouse",
        category="Tops & Blouses",
        color="Fuchsia",
        gender="Women",
    ),
    # photo: model in a black midi dress with white polka dots, short puff sleeves, round neck (no collar), against a
    # pale blue wall. adapter: none
    case(
        "X236-017",
        caption("a woman in a black and white polka dot dress"),
        D.wearing("a polka dot dress"),
        D.pattern("polka dot"),
        D.color("white", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.details("the dress has a collar", "unsupported"),
        title="Black Polka Dot Puff Sleeve Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a teal knee-length bodycon dress with cap sleeves, white studio. caption: adapter
    case(
        "X236-018",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is with cotton fabric. It has a round",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "a green dress Question: What is the color of the dress? Answer: blue",
            "leak",
        ),
        D.color("blue"),
        D.sleeve_length("short sleeves"),
        D.material("a blue dress", "restated"),
        title="Teal Cap Sleeve Bodycon Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a navy sequin long-sleeve top with cream wide-leg trousers, in a hotel lobby with potted plants.
    # adapter: none
    case(
        "X236-019",
        caption("a woman in a sequin top and white pants"),
        D.wearing("a black sequin top and white pants", "contradiction"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details("sequins and a", "cut"),
        D.material("sequins"),
        title="Navy Sequin Long Sleeve Top",
        category="Tops",
        color="Navy",
        gender="Women",
    ),
    # photo: model in a burgundy velvet long-sleeve maxi dress, square neck, thigh split, dark grey studio, front view.
    # adapter: none
    case(
        "X236-020",
        caption("a woman in a red velvet dress with a slit"),
        D.wearing("a maroon dress"),
        D.color("purple", "contradiction"),
        D.material("velvet"),
        D.details("the dress has a slit on the side and a zipper on the back", "unsupported"),
        neckline("the neckline", "non_answer"),
        title="Burgundy Velvet Split Maxi Dress",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: model in a white halter-neck wide-leg jumpsuit, white studio with a potted palm beside her.
    # adapter: none
    case(
        "X236-021",
        caption("a woman in a white jumpsuit standing next to a plant"),
        D.wearing("a white dress", "contradiction"),
        D.garment_type("jumpsuit"),
        D.color("white"),
        neckline("halter"),
        D.details(
            "Question: What are the details of the garment? Answer: a white jumpsuit",
            "leak",
        ),
        title="White Halter Neck Wide Leg Jumpsuit",
        category="Jumpsuits",
        color="White",
        gender="Women",
    ),
    # photo: model in a rust satin pleated midi skirt with a black cami tucked in, beige studio. details: adapter
    case(
        "X236-022",
        caption("a woman in an orange skirt and a black top"),
        D.wearing("a black top and orange skirt"),
        D.color("black", "other_garment_color"),
        color_skirt("orange"),
        D.details(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a suspenders neckline. The skirt is with chiffon fabric and",
            "cut",
            hit_limit=True,
        ),
        D.material("the skirt is made of satin and the top is made of", "cut"),
        title="Rust Satin Pleated Midi Skirt",
        category="Skirts",
        color="Rust",
        gender="Women",
    ),
    # photo: model in cream wide-leg tailored trousers with the matching cream blazer (buttoned, covering the waist)
    # over a black top, white studio. adapter: none
    case(
        "X236-023",
        caption("a woman in a white suit"),
        D.wearing("a white blazer and white pants"),
        D.garment_type("pants"),
        color_trousers("white"),
        D.color("black", "other_garment_color"),
        D.details("the pants have belt loops and pockets", "unsupported"),
        title="Cream Tailored Wide Leg Trousers",
        category="Trousers",
        color="Cream",
        gender="Women",
    ),
    # photo: model in a leopard print satin midi skirt (tan ground, dark spots) with a black knit jumper tucked in,
    # white studio. adapter: none
    case(
        "X236-024",
        caption("a woman in a leopard print skirt and black sweater"),
        D.wearing("a black sweater and leopard print skirt"),
        D.pattern("leopard"),
        D.color("brown"),
        D.details("it is a skirt", "non_answer"),
        D.material("silk", "unsupported"),
        title="Leopard Print Satin Midi Skirt",
        category="Skirts",
        color="Brown",
        gender="Women",
    ),
    # photo: model in a mint tiered midi dress with short puff sleeves, on a garden patio with a wooden bench.
    # adapter: none
    case(
        "X236-025",
        caption("a woman in a green dress standing on a patio"),
        D.wearing("a green dress with a white belt", "unsupported"),
        D.color("green"),
        D.details("tiered skirt and puff sleeves"),
        D.description(
            "a green dress with ruffles Question: What is the color of the dress? Answer: green",
            "leak",
        ),
        title="Mint Tiered Puff Sleeve Midi Dress",
        category="Dresses",
        color="Mint",
        gender="Women",
    ),
    # photo: model in a black lace midi dress with 3/4 sleeves and a scalloped hem, white studio. caption: adapter
    case(
        "X236-026",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with lace fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a medium",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black lace dress"),
        D.color("black"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details("scalloped hem and", "cut"),
        D.material("lace"),
        title="Black Lace Scallop Hem Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a pink sequin mini dress with long puff sleeves, at a party with pink and silver balloons; her
    # hands are empty. adapter: none
    case(
        "X236-027",
        caption("a woman in a pink sequin dress with balloons"),
        D.wearing("a pink dress"),
        D.color("pink"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("a pink sequined dress with puff sleeves and a pink bag", "unsupported"),
        D.material("sequin"),
        title="Pink Sequin Puff Sleeve Mini Dress",
        category="Dresses",
        color="Pink",
    ),
    # photo: model in a sage satin cami with lace trim at the neckline, with white wide-leg trousers, white studio.
    # adapter: none
    case(
        "X236-028",
        caption("a woman in a green top and white pants"),
        D.wearing("a green top and green pants", "contradiction"),
        D.color("green"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("lace trim"),
        D.material("satin"),
        title="Sage Lace Trim Satin Cami",
        category="Tops",
        color="Sage",
        gender="Women",
    ),
    # photo: model in a coral one-shoulder maxi dress on a rooftop terrace, city skyline behind; no belt.
    # adapter: none
    case(
        "X236-029",
        caption("a woman in an orange dress on a rooftop"),
        D.wearing("she is wearing a pink dress and a hat", "unsupported"),
        D.color("yellow", "contradiction"),
        D.description("a coral one shoulder maxi dress"),
        D.details("the dress has a one shoulder neckline and a belt", "unsupported"),
        title="Coral One Shoulder Maxi Dress",
        category="Dresses",
        color="Coral",
        gender="Women",
    ),
    # photo: model in a black wide-leg jumpsuit with sheer organza puff long sleeves, white studio. details: adapter
    case(
        "X236-030",
        caption("a woman in a black jumpsuit with sheer sleeves"),
        D.wearing("black jumpsuit"),
        D.garment_type("pants", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of long length. The lady",
            "contradiction",
            hit_limit=True,
        ),
        D.material("chiffon"),
        title="Black Organza Sleeve Wide Leg Jumpsuit",
        category="Jumpsuits",
        color="Black",
        gender="Women",
    ),
    # photo: model in a mustard pleated midi skirt with a white shirt tucked in, white studio. adapter: none
    case(
        "X236-031",
        caption("a woman in a yellow skirt and white shirt"),
        D.wearing("a white shirt and a white skirt", "other_garment_color"),
        D.color("orange", "contradiction"),
        color_skirt("yellow"),
        D.details("it is pleated"),
        D.material("the skirt is made of", "cut"),
        title="Mustard Pleated Midi Skirt",
        category="Skirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a pale pink tailored blazer over a white tee, white straight trousers, against a pink wall.
    # caption: adapter
    case(
        "X236-032",
        caption(
            "This woman is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "its neckline is lapel. This woman wears a long trousers. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink blazer and white pants"),
        D.garment_type("jacket"),
        D.color("pink"),
        color_trousers("pink", "other_garment_color"),
        D.material("wool", "unsupported"),
        title="Pale Pink Tailored Blazer",
        category="Blazers",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a navy and white geometric print wrap midi dress, long sleeves, tie waist, grey studio.
    # adapter: none
    case(
        "X236-033",
        caption("a woman in a blue and white dress"),
        D.wearing("a blue and white patterned dress"),
        D.pattern("striped", "contradiction"),
        D.color("blue"),
        D.sleeve_length("long sleeves"),
        D.description("a blue and white dress with a", "cut"),
        title="Navy Geometric Print Wrap Midi Dress",
        category="Dresses",
        color="Navy",
        gender="Women",
    ),
    # photo: model in a short-sleeve tee of multicolour sequin stripes with black trousers, at a party venue with a
    # disco ball. adapter: none
    case(
        "X236-034",
        caption("a woman in a rainbow sequin top"),
        D.wearing(
            "a colorful shirt Question: What is the color of the pants? Answer: black",
            "leak",
        ),
        D.pattern("striped"),
        D.color("black", "other_garment_color"),
        D.description("a rainbow striped sequin top with short sleeves"),
        D.material("sequins"),
        title="Rainbow Stripe Sequin Tee",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: model in chocolate satin wide-leg trousers with a cream blouse tucked in, beige studio. adapter: none
    case(
        "X236-035",
        caption("a woman in brown pants and a white blouse"),
        D.wearing("he is wearing brown pants", "pronoun"),
        D.color("white", "other_garment_color"),
        color_trousers("brown"),
        D.details("", "non_answer"),
        D.material("satin"),
        title="Chocolate Satin Wide Leg Trousers",
        category="Trousers",
        color="Brown",
        gender="Women",
    ),
    # photo: model in a red satin button-through blouse, long sleeves, tucked into a black pleated midi skirt (no
    # belt), white studio. adapter: none
    case(
        "X236-036",
        caption("a woman in a red shirt and black skirt"),
        D.wearing("a red blouse and a black skirt"),
        D.color("red"),
        color_skirt("red", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.description("a red blouse with buttons and a black skirt with a belt", "unsupported"),
        title="Red Satin Button Through Blouse",
        category="Tops & Blouses",
        color="Red",
        gender="Women",
    ),
    # photo: model in a lavender pleated maxi skirt with a white short-sleeve knit top, white studio.
    # caption, material: adapter
    case(
        "X236-037",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long skirt. The skirt is with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white top and a purple skirt"),
        D.color("white", "other_garment_color"),
        D.pattern("solid"),
        D.material(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Lavender Pleated Maxi Skirt",
        category="Skirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a black one-shoulder culotte jumpsuit, cropped wide legs, white studio, front view.
    # adapter: none
    case(
        "X236-038",
        caption("a woman in a black dress posing", "contradiction"),
        D.wearing("a black one shoulder jumpsuit"),
        D.garment_type("jumpsuit"),
        D.color("black"),
        is_a("dress", "yes", "contradiction"),
        D.details("the jumpsuit has a one shoulder neckline and a gold zipper", "unsupported"),
        title="Black One Shoulder Culotte Jumpsuit",
        category="Jumpsuits",
        color="Black",
        gender="Women",
    ),
    # photo: model in a gold metallic plisse long-sleeve midi dress, at a venue with fairy lights. description: adapter
    case(
        "X236-039",
        caption("a woman in a gold dress with lights"),
        D.wearing("she is wearing a gold dress"),
        D.color("yellow"),
        D.pattern("striped", "contradiction"),
        D.description(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with polyester fabric. The lady "
            "wears a long-sleeve dress with pure color patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        D.material("polyester", "unsupported"),
        title="Gold Metallic Plisse Midi Dress",
        category="Dresses",
        color="Gold",
        gender="Women",
    ),
    # photo: model in a white tailored long-sleeve blazer mini dress with gold buttons, white studio. adapter: none
    case(
        "X236-040",
        caption("a woman in a white blazer dress"),
        D.wearing("a white jacket", "contradiction"),
        D.garment_type("dress"),
        D.color("white"),
        D.details("gold buttons"),
        D.material("a white dress", "restated"),
        title="White Tailored Blazer Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: model in a pale blue tulle midi dress embroidered with white flowers, short sleeves, white studio.
    # adapter: none
    case(
        "X236-041",
        caption("a woman in a blue dress with flowers"),
        D.wearing("a light blue dress"),
        D.pattern("floral"),
        D.color("white", "contradiction"),
        D.details("the dress has embroidered flowers and a belt", "unsupported"),
        D.material("tulle"),
        title="Blue Floral Embroidered Tulle Midi Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a black and gold sequin blazer with black trousers, at an evening venue. adapter: none
    case(
        "X236-042",
        caption("a man in a gold jacket", "pronoun"),
        D.wearing("a gold jacket and gold pants", "contradiction"),
        D.garment_type("jacket"),
        D.color("gold"),
        D.material("sequins"),
        title="Black Gold Sequin Blazer",
        category="Blazers",
        color="Black/Gold",
        gender="Women",
    ),
    # photo: model in a green satin bias-cut midi skirt with the matching green satin cami, white studio.
    # description: adapter
    case(
        "X236-043",
        caption("a woman in a green satin skirt and top"),
        D.wearing("a green top and skirt"),
        D.color("green"),
        D.description(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with silk fabric. It has "
            "a suspenders neckline. The tank top is with silk fabric. It",
            "loop",
            hit_limit=True,
        ),
        D.material("the skirt is green", "restated"),
        title="Green Satin Bias Cut Midi Skirt",
        category="Skirts",
        color="Green",
        gender="Women",
    ),
    # photo: model in forest green velvet wide-leg trousers with a black satin top tucked in, grey studio.
    # adapter: none
    case(
        "X236-044",
        caption("a woman in green velvet pants and a black top"),
        D.wearing("he is wearing green pants", "pronoun"),
        color_trousers("black", "other_garment_color"),
        D.material("velvet"),
        D.details(
            "the pants have a high waist Question: What is the color of the pants? Answer: green",
            "leak",
        ),
        title="Forest Green Velvet Wide Leg Trousers",
        category="Trousers",
        color="Green",
        gender="Women",
    ),
    # photo: model in an ivory long-sleeve lace maxi dress under a flower arch at a wedding venue; no train or veil.
    # adapter: none
    case(
        "X236-045",
        caption("a woman in a white lace dress standing under a flower arch"),
        D.wearing("a white wedding dress"),
        D.color("white"),
        D.details("the dress has a long train and a veil", "unsupported"),
        D.material("cotton", "unsupported"),
        title="Ivory Lace Long Sleeve Maxi Dress",
        category="Dresses",
        color="Ivory",
    ),
    # photo: model in hot pink tailored straight trousers with a white blazer over a white top, white studio.
    # adapter: none
    case(
        "X236-046",
        caption("a woman in a white jacket and white pants", "other_garment_color"),
        D.wearing("a white blazer and pink pants"),
        D.garment_type("pants"),
        D.color("white", "other_garment_color"),
        color_trousers("pink"),
        D.details("the pants are pink", "non_answer"),
        title="Hot Pink Tailored Straight Trousers",
        category="Trousers",
        color="Pink",
        gender="Women",
    ),
]
