"""BLIND_1134 (46 products; Myntra women's party dresses/tops, caption epoch 2): written blind in the sixtieth session.
Measured blind at 3e76d66 (the session's seventh rules): 122/133 failures found (91.7%) and 15/181 correct texts flagged
(8.3%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's party wear: 23 dresses and 23 tops, sequinned, satin, velvet and lace. Photos
are catalog shots, mostly on a white backdrop (a few grey, pale pink or beige), worn by a model who often wears other
clothes with a top (jeans, trousers, skirts, a blazer or denim jacket, a stole over a dress); one flat-lay, one back
view; clutches, belts and heels as props. Seller columns: title, category (Dresses/Tops), color (Myntra base colour),
gender; two rows lack gender, one lacks color, one lacks category.

Who wrote what: every caption and every open answer is free generation by the caption LoRA at epoch 2 (between the
published epoch-1 and epoch-3 adapters) on blip2-opt-2.7b, greedy, 50 new tokens for captions and 30 for answers. Its
habits: the DeepFashion template ("The lady is wearing a sleeveless dress with pure color patterns. The dress is with
chiffon fabric.") with hue names only sometimes surviving from the base; the template's fabric words (chiffon,
cotton, furry) pasted onto satin, sequin and velvet; invented accessories ("an accessory on her wrist"); often
(about one text in nine) no stop, so it loops or is cut at the limit; some questions answered with the caption
template; "gentleman" or "he" now and then; the `Question: ... Answer:` frame echoed back. Closed answers
(garment type, color, pattern, sleeve length, yes/no) come from enrich's `--engine reference` ranking the
candidates with the same adapter: never a loop or a cut, but it picks the trousers' or the blazer's color, or a
wrong type or sleeve length.

Labeling conventions and judgement calls:
- One label per text, the failure a reader would notice first. A text that ran to its limit is labelled loop (a
  phrase or sentence repeated) or cut (ends mid-phrase, no repetition), even if its content also misses the question;
  hit_limit=True only on such texts and on leaks that ran on. No correct text has hit_limit.
- A material the title names, contradicted by the text (chiffon/cotton/furry/denim for a satin, velvet or lace
  title), is contradiction; a material or detail the title is silent on and the photo cannot show (cotton or silk for
  a sequinned piece, a pocket, a buckle, a brooch, a bow or keyhole at an unseen back, a ring or bracelet the model
  does not wear, "the lady" in a flat-lay) is unsupported.
- other_garment_color: the product is given the color of another garment worn in the photo (jeans, trousers, skirt,
  blazer, denim jacket, stole). A text giving the other garment the product's color ("a red lace top and red pants"
  for black pants) is contradiction. The color of an accessory (clutch, belt) or of the backdrop is contradiction,
  not other_garment_color, since neither is a garment. Navy read as black is contradiction.
- The sleeve length of a jacket worn over a sleeveless piece, or the type of another garment ("jacket" for a slip
  dress under a blazer), is contradiction.
- Shades accepted as correct: maroon/burgundy/wine/red, magenta/fuchsia/pink, peach/pink, lavender/purple,
  silver/grey, champagne/beige, teal/blue, off-white/cream/ivory/white, emerald/bottle green/dark green/green,
  rose gold/pink, mustard/yellow. "gold" and "silver" are closed candidates; a Multi row's closed answer is
  "multicolor". Where the photo and the seller disagree the photo is the truth (none here is deliberately so).
- DeepFashion template terms accepted when true: "pure color patterns" for a solid sequinned piece, "lattice" or
  "floral" for lace, "graphic" for foil polka dots, "color block" for a two-tone panel, "suspenders" neckline for
  spaghetti straps, "tank top", "blouse" or "shirt" for a top, "long" for maxi, "medium length" for midi or knee.
- non_answer: a bare word, "yes", or a bare noun to an open question. restated: a sentence that only turns the
  question's words back ("the details of the top are the top details"). A caption template returned for a question
  is correct when complete and answering it.
- pronoun: he/his/gentleman for a Women row, labelled so even when everything else in the text is right.
- "sequins" or "velvet and lace" accepted as the material answer; a leak is labelled leak even when the answer before
  the echoed frame is right. A wrong closed pattern or sleeve length is contradiction.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

garment_type = BLIND_QUESTIONS.garment_type
color = BLIND_QUESTIONS.color
pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
material = BLIND_QUESTIONS.material

BLIND_1134 = [
    # photo: black sequinned sleeveless bodycon mini dress, thin straps, silver drop earrings, black strappy heels,
    # white backdrop, front view. Caption and open answers: epoch-2 caption adapter; closed: reference engine.
    case(
        "X1134-001",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. It has a suspenders neckline. "
            "The dress is of short length. There is an accessory in her ear."
        ),
        wearing("a black sequin mini dress and black heels", who="she"),
        garment_type("dress"),
        color("black"),
        pattern("solid"),
        details("dress", "the dress has sequins all over, thin straps and a short hem"),
        describe(
            "dress",
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is of short length and it "
            "has a",
            "cut",
            hit_limit=True,
        ),
        material("cotton", "unsupported"),
        title="Berrylush Women Black Sequinned Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: gold sequinned sheath midi dress with cap sleeves, round neck, no belt, model holds a black clutch,
    # nude heels, light grey backdrop. Caption and open answers: epoch-2 caption adapter; closed: reference engine.
    case(
        "X1134-002",
        caption(
            "The lady is wearing a short-sleeve dress with pure color patterns. It has a round neckline. The lady is "
            "holding a bag in her hand. The lady is wearing a short-sleeve dress with pure color patterns. It has a "
            "round neckline. The lady is",
            "loop",
            hit_limit=True,
        ),
        wearing("a gold sequin dress"),
        color_of("dress", "black", "contradiction", kind="open"),
        garment_type("dress"),
        sleeves("short sleeves"),
        describe(
            "dress",
            "it is a gold sequined dress with short sleeves, a round neck and a belt at the waist",
            "unsupported",
        ),
        title="SASSAFRAS Women Gold-Toned Embellished Sheath Dress",
        category="Dresses",
        color="Gold",
        gender="Women",
    ),
    # photo: maroon velvet long-sleeve wrap midi dress with a tie at the waist, no pockets, black block heels, white
    # backdrop, front view. Caption and open answers: epoch-2 caption adapter; closed: reference engine.
    case(
        "X1134-003",
        caption(
            "The female is wearing a long-sleeve dress with pure color patterns. The dress is with cotton fabric. "
            "It has a v-shape neckline.",
            "contradiction",
        ),
        wearing("a burgundy velvet wrap dress", who="she"),
        color("red"),
        sleeves("long sleeves"),
        material("velvet"),
        details(
            "dress",
            "the dress has a tie at the waist, long sleeves, a v-neck, and a wrap front, and a tie at the waist, long "
            "sleeves, a v-neck, and a wrap",
            "loop",
            hit_limit=True,
        ),
        describe(
            "dress",
            "a maroon velvet wrap dress with long sleeves, a tie at the waist and two pockets on the front",
            "unsupported",
        ),
        title="Athena Women Maroon Velvet Wrap Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: navy blue satin cowl-neck sleeveless top tucked into white wide-leg trousers, gold hoop earrings, white
    # backdrop, front view. Caption and open answers: epoch-2 caption adapter; closed: reference engine.
    case(
        "X1134-004",
        caption(
            "The lady is wearing a sleeveless top with pure color patterns and a long pants. The pants are with "
            "pure color patterns. There is an accessory in her ear."
        ),
        color_of("top", "white", "other_garment_color", kind="open"),
        color("navy blue"),
        garment_type("top"),
        wearing("a navy blue satin top and white pants"),
        describe(
            "top", "The top is a sleeveless satin top with a cowl neckline. The top is tucked into white trousers"
        ),
        material("satin"),
        details("top", "the details of the top are the top details", "restated"),
        title="Tokyo Talkies Women Navy Blue Satin Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black lace top, sheer three-quarter lace sleeves, scalloped hem, black cami lining, worn with blue skinny
    # jeans, white backdrop. Caption and open answers: epoch-2 caption adapter; closed: reference engine.
    case(
        "X1134-005",
        caption(
            "The lady is wearing a long-sleeve blouse with lattice patterns. It has a round neckline. The lady wears "
            "a long trousers. The trousers are with denim fabric and pure color patterns."
        ),
        sleeves("three-quarter sleeves"),
        pattern("striped", "contradiction"),
        color_of("top", "black", kind="open"),
        details("top", "the top has lace sleeves and a scalloped hem"),
        wearing("she is wearing a black lace top and blue jeans", who="she"),
        is_a("blouse", "yes"),
        describe(
            "top",
            "the top is a black lace top with three-quarter sleeves and a scalloped hem, it is lined with a black "
            "camisole and the lace",
            "cut",
            hit_limit=True,
        ),
        title="DressBerry Women Black Lace Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: silver sequinned one-shoulder maxi dress with a thigh-high slit, silver heels, side pose, white backdrop.
    # Caption and open answers: epoch-2 caption adapter; closed: reference engine.
    case(
        "X1134-006",
        caption(
            "The lady is wearing a long sleeveless dress with pure color patterns. It has a one-shoulder neckline. "
            "The dress is of long length. The lady is wearing a pair of heels. The dress is of long length and its "
            "fabric is",
            "cut",
            hit_limit=True,
        ),
        wearing("a silver sequin gown"),
        color("grey"),
        sleeves("sleeveless"),
        describe("dress", "The dress is silver with sequins, one shoulder and a long slit on the leg"),
        is_a("dress", "yes"),
        material("silk", "unsupported"),
        details("dress", "dress", "non_answer"),
        title="Miss Chase Women Silver-Toned Sequinned Maxi Dress",
        category="Dresses",
        color="Silver",
        gender="Women",
    ),
    # photo: emerald green satin wrap top with long balloon sleeves and elastic cuffs, no belt or buckle, worn with
    # black leather-look trousers, white backdrop. Caption and open answers: epoch-2 adapter; closed: reference engine.
    case(
        "X1134-007",
        caption(
            "The lady is wearing a long-sleeve blouse with pure color patterns. The blouse is with chiffon fabric. "
            "It has a v-shape neckline. The lady wears a long pants. The pants are with leather fabric and pure "
            "color patterns.",
            "contradiction",
        ),
        color_of("top", "emerald green", kind="open"),
        color("black", "other_garment_color"),
        wearing("a green satin top and black leather pants"),
        sleeves("long sleeves"),
        garment_type("blouse"),
        details(
            "top",
            "the top has a wrap front, balloon sleeves with elastic cuffs and a gold buckle at the waist",
            "unsupported",
        ),
        title="Harpa Women Green Satin Wrap Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: wine velvet long-sleeve bodycon dress, square neck, knee length, black pumps, white backdrop, front view.
    # Caption and open answers: epoch-2 caption adapter; closed: reference engine.
    case(
        "X1134-008",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. It has a square neckline. The dress "
            "is of medium length."
        ),
        wearing("he is wearing a red velvet dress", "pronoun", who="she"),
        color("maroon"),
        pattern("solid"),
        details("dress", "the dress has a square neckline, long sleeves and a fitted waist"),
        material("velvet"),
        color_of(
            "dress",
            "maroon. Question: What is the color of the shoes? Answer: black. Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        title="AND Women Wine Velvet Bodycon Dress",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: black sequinned sleeveless crop top with high-waist light blue jeans and black heels, white backdrop.
    # Caption and open answers: epoch-2 caption adapter; closed: reference engine.
    case(
        "X1134-009",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns and a long trousers. The trousers are "
            "with denim fabric and pure color patterns. The tank top is with cotton fabric.",
            "unsupported",
        ),
        color_of("top", "blue", "other_garment_color", kind="open"),
        color("black"),
        garment_type("top"),
        describe("top", "a black sequined crop top"),
        details(
            "top",
            "sequins, sequins, sequins, sequins, sequins, sequins, sequins, sequins, sequins, sequins, sequins, "
            "sequins, sequins",
            "loop",
            hit_limit=True,
        ),
        title="ONLY Women Black Sequinned Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: blush pink satin slip midi dress with spaghetti straps, a cropped white denim jacket worn open over it,
    # white backdrop. Caption and open answers: epoch-2 caption adapter; closed: reference engine.
    case(
        "X1134-010",
        caption(
            "The lady is wearing a long-sleeve jacket with denim fabric and pure color patterns. The lady wears a "
            "medium-length dress. The dress is with pure color patterns."
        ),
        color_of("dress", "white", "other_garment_color", kind="open"),
        color("pink"),
        wearing("a white satin dress with a white denim jacket", "other_garment_color", who="she"),
        sleeves("long sleeves", "contradiction"),
        is_a("dress", "yes"),
        material("satin"),
        title="Mast & Harbour Women Pink Satin Slip Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: gold sequinned V-neck cami top with thin straps, black satin trousers, model holds a gold clutch, white
    # backdrop. Caption and open answers: epoch-2 caption adapter; closed: reference engine.
    case(
        "X1134-011",
        caption(
            "The lady is wearing a sleeveless top with pure color patterns and a long pants. The pants are of long "
            "length with pure color patterns. The lady is holding a bag."
        ),
        wearing(
            "a gold sequin top and black pants. Question: What is the color of the top? Answer: gold. Question: What",
            "leak",
            hit_limit=True,
        ),
        color("black", "other_garment_color"),
        sleeves("sleeveless"),
        details(
            "top",
            "the top has a v-neck, thin straps and sequins all over, and the hem is tucked into the",
            "cut",
            hit_limit=True,
        ),
        pattern("solid"),
        title="Zink London Women Gold-Toned Sequinned Top",
        category="Tops",
        color="Gold",
        gender="Women",
    ),
    # photo: navy blue floral lace sheath dress, short sleeves, round neck, knee length, scalloped hem, nude lining,
    # nude heels, no jewellery, white backdrop. Caption and open answers: epoch-2 adapter; closed: reference engine.
    case(
        "X1134-012",
        caption(
            "The lady is wearing a short-sleeve dress with floral patterns. The dress is with lace fabric. It has a "
            "round neckline. There is an accessory on her wrist.",
            "unsupported",
        ),
        color_of("dress", "black", "contradiction", kind="open"),
        color("navy blue"),
        wearing("a navy blue lace dress with short sleeves and a nude lining", who="she"),
        sleeves("short sleeves"),
        describe(
            "dress",
            "the dress is a navy blue lace dress with short sleeves and a round neckline and a scalloped hem that "
            "ends at the",
            "cut",
            hit_limit=True,
        ),
        title="Vero Moda Women Navy Blue Lace Sheath Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: maroon velvet long-sleeve top with puff shoulders, black mini skirt, black tights, white backdrop.
    # Caption and open answers: epoch-2 caption adapter; closed: reference engine.
    case(
        "X1134-013",
        caption(
            "The gentleman is wearing a long-sleeve top with pure color patterns and a short skirt. The skirt is "
            "with pure color patterns.",
            "pronoun",
        ),
        wearing("a maroon velvet top and a black skirt"),
        color("black", "other_garment_color"),
        color_of("top", "maroon", kind="open"),
        garment_type("sweater", "contradiction"),
        material("velvet"),
        sleeves("long sleeves"),
        title="FabAlley Women Maroon Velvet Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: champagne (light beige) sequinned midi dress with flutter sleeves and V-neck, gold sandals, no bracelet,
    # white backdrop. Caption and open answers: epoch-2 caption adapter; closed: reference engine.
    case(
        "X1134-014",
        caption(
            "The lady is wearing a short-sleeve dress with pure color patterns. It has a v-shape neckline. The dress "
            "is of medium length. There is an accessory on her wrist.",
            "unsupported",
        ),
        color_of("dress", "white", "contradiction", kind="open"),
        color("beige"),
        describe("dress", "a beige sequined midi dress with flutter sleeves"),
        wearing("a champagne colored sequin dress and gold sandals"),
        garment_type("dress"),
        details("dress", "yes", "non_answer"),
        title="Forever New Women Beige Sequinned Midi Dress",
        category="Dresses",
        color="Beige",
        gender="Women",
    ),
    # photo: red satin sleeveless cowl-neck top tucked into black straight trousers, grey backdrop.
    # Caption and open answers: epoch-2 caption adapter; closed: reference engine.
    case(
        "X1134-015",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The lady wears a long trousers. The "
            "trousers are with pure color patterns. The lady wears a long trousers. The trousers are with pure color "
            "patterns. The lady wears a long",
            "loop",
            hit_limit=True,
        ),
        wearing("red top", who="she"),
        color("red"),
        color_of("top", "black", "other_garment_color", kind="open"),
        details("top", "the top details are the details of the top", "restated"),
        material("satin"),
        title="Magre Women Red Satin Cowl Neck Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: deep purple velvet midi dress, three-quarter sleeves, sweetheart neck, white backdrop, front view.
    # Caption and open answers: epoch-2 caption adapter; closed: reference engine.
    case(
        "X1134-016",
        caption("The lady is wearing a long-sleeve dress with pure color patterns. The dress is of medium length."),
        wearing("a purple velvet dress"),
        color("purple"),
        sleeves("three-quarter sleeves"),
        material("velvet"),
        is_a("gown", "no"),
        title="StyleStone Women Purple Velvet Midi Dress",
        category="Dresses",
        color="Purple",
        gender="Women",
    ),
    # photo: ivory floral lace peplum top, short sleeves, black skinny trousers, white backdrop (low contrast).
    # Caption and open answers: epoch-2 caption adapter; closed: reference engine.
    case(
        "X1134-017",
        caption(
            "The lady is wearing a short-sleeve blouse with lattice patterns and a long trousers. The trousers are "
            "with pure color patterns."
        ),
        color_of("top", "black", "other_garment_color", kind="open"),
        color("white"),
        pattern("floral"),
        describe(
            "top",
            "The top is white lace with short sleeves and a peplum hem. The top is white lace with short sleeves "
            "and a peplum hem. The top is white lace",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a white lace top and black pants"),
        material(
            "lace Question: What is the pattern of the garment? Answer: floral Question: What is the sleeve",
            "leak",
            hit_limit=True,
        ),
        title="Label Ritu Kumar Women Off-White Lace Peplum Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: black velvet long puff-sleeve mini dress, sheer black tights, black ankle boots, model holds a red clutch,
    # white backdrop. Caption and open answers: epoch-2 caption adapter; closed: reference engine.
    case(
        "X1134-018",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with furry fabric. It has "
            "a round neckline. The lady is holding a red bag. The lady wears a pair of boots.",
            "contradiction",
        ),
        color_of("dress", "black", kind="open"),
        color("black"),
        wearing("a black velvet dress, black tights and boots", who="she"),
        details("dress", "it is a dress", "non_answer"),
        sleeves("long sleeves"),
        title="Lulu & Sky Women Black Velvet Mini Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: rose-gold sequinned top with long sheer sleeves, front view, white flared midi skirt, white backdrop.
    # Caption and open answers: epoch-2 caption adapter; closed: reference engine.
    case(
        "X1134-019",
        caption(
            "The lady is wearing a long-sleeve top with pure color patterns. The lady wears a long skirt. The skirt "
            "is with pure color patterns."
        ),
        color_of("top", "pink", kind="open"),
        color("white", "other_garment_color"),
        wearing("a pink sequin top and a pink skirt", "contradiction"),
        garment_type("top"),
        sleeves("long sleeves"),
        details("top", "the top has sheer sleeves and sequins and a bow at the back", "unsupported"),
        title="Kazo Women Rose Gold Sequinned Top",
        category="Tops",
        color="Rose",
        gender="Women",
    ),
    # photo: emerald green satin slip maxi dress, cowl neck, thin straps, open back with a cross strap, three-quarter
    # back view, model holds a gold clutch, white backdrop. Caption, open answers: epoch-2 adapter; closed: reference.
    case(
        "X1134-020",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a suspenders neckline. The dress is of long length. The lady is holding a bag in her hand.",
            "contradiction",
        ),
        wearing("he is wearing a green dress", "pronoun"),
        color("green"),
        color_of("dress", "dark green", kind="open"),
        describe("dress", "dress", "non_answer"),
        material("satin"),
        sleeves("sleeveless"),
        details(
            "dress",
            "the dress has thin straps, a cowl neckline and an open back with a cross strap that goes",
            "cut",
            hit_limit=True,
        ),
        title="Street 9 Women Green Satin Maxi Slip Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: black floral lace bodycon mini dress over a nude lining, long sleeves, black heels, no jewellery,
    # white backdrop. Caption and open answers: epoch-2 caption adapter; closed: reference engine.
    case(
        "X1134-021",
        caption(
            "The female is wearing a long-sleeve dress with floral patterns. It has a round neckline. The dress is "
            "of short length."
        ),
        color_of("dress", "black and nude", kind="open"),
        color("black"),
        pattern("floral"),
        details("dress", "Question: What are the dress details? Answer: the dress has long sleeves", "leak"),
        wearing("a black lace dress and a pearl necklace", "unsupported", who="she"),
        is_a("top", "no"),
        describe("dress", "describe the dress. the dress is a dress", "restated"),
        title="Tokyo Talkies Women Black Lace Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: mustard yellow satin blouse, long sleeves with buttoned cuffs, tie-neck bow, white jeans, white backdrop.
    # Caption and open answers: epoch-2 caption adapter; closed: reference engine.
    case(
        "X1134-022",
        caption(
            "The lady is wearing a long-sleeve blouse with pure color patterns and a long pair of jeans. The jeans "
            "are with denim fabric and pure color patterns."
        ),
        color_of("top", "yellow", kind="open"),
        color("white", "other_garment_color"),
        wearing(
            "a yellow shirt and white jeans and a yellow shirt and white jeans and a yellow shirt and white jeans "
            "and a yellow",
            "loop",
            hit_limit=True,
        ),
        details("top", "the top has a bow at the neck and long sleeves with buttoned cuffs"),
        material("silk", "unsupported"),
        title="Athena Women Mustard Satin Tie-Neck Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: black satin sleeveless slip midi dress with an oversized camel blazer worn over the shoulders, white
    # backdrop. Caption and open answers: epoch-2 caption adapter; closed: reference engine.
    case(
        "X1134-023",
        caption(
            "The lady is wearing a long-sleeve jacket with pure color patterns. The lady wears a long dress. The "
            "dress is with pure color patterns."
        ),
        color_of("dress", "brown", "other_garment_color", kind="open"),
        color("black"),
        garment_type("jacket", "contradiction"),
        wearing("he is wearing a black dress and a brown blazer", "pronoun"),
        sleeves("sleeveless"),
        title="Mango Women Black Satin Slip Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: magenta (fuchsia) sequinned one-shoulder top with a ruffle on the shoulder, black flared trousers, white
    # backdrop. Caption and open answers: epoch-2 caption adapter; closed: reference engine.
    case(
        "X1134-024",
        caption(
            "The lady is wearing a sleeveless top with pure color patterns. The lady wears a long trousers. The "
            "trousers are with pure color patterns. The lady is wearing a sleeveless top with pure color patterns. "
            "The lady wears a long trousers.",
            "loop",
            hit_limit=True,
        ),
        color_of("top", "pink", kind="open"),
        color("purple", "contradiction"),
        sleeves("sleeveless"),
        describe(
            "top",
            "a one-shoulder sequin top with a ruffle on the shoulder and a ruffle on the shoulder and a ruffle on "
            "the shoulder and a ruffle",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a black top and black pants", "other_garment_color", who="she"),
        title="SASSAFRAS Women Magenta Sequinned One-Shoulder Top",
        category="Tops",
        color="Magenta",
        gender="Women",
    ),
    # photo: dove grey satin shirt-style top, collar, buttons down the front, no pocket, long sleeves, tucked into a
    # black leather mini skirt, white backdrop. Caption and open answers: epoch-2 adapter; closed: reference engine.
    case(
        "X1134-025",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. Its neckline is lapel. The lady wears "
            "a short skirt. The skirt is with leather fabric and pure color patterns."
        ),
        color_of("shirt", "grey", kind="open"),
        color("black", "other_garment_color"),
        garment_type("shirt"),
        details(
            "shirt",
            "the shirt has buttons down the front and a collar. it is a satin shirt with a pocket on the chest",
            "unsupported",
        ),
        material(
            "The lady is wearing a long-sleeve shirt with pure color patterns. Its neckline is lapel. The lady "
            "wears a short skirt. The",
            "cut",
            hit_limit=True,
        ),
        title="U&F Women Grey Satin Shirt Style Top",
        category="Tops",
        color="Grey",
        gender="Women",
    ),
    # photo: teal velvet fit-and-flare knee-length dress, short puff sleeves, round neck, silver heels, white backdrop.
    # Caption and open answers: epoch-2 caption adapter; closed: reference engine.
    case(
        "X1134-026",
        caption(
            "The lady is wearing a short-sleeve dress with pure color patterns. It has a round neckline. The dress is "
            "of medium length."
        ),
        color_of("dress", "blue", kind="open"),
        color("blue"),
        material("cotton", "contradiction"),
        wearing("she wears a teal velvet dress with puff sleeves and silver heels"),
        sleeves("long sleeves", "contradiction"),
        is_a("dress", "yes"),
        details(
            "dress",
            "The dress has short puff sleeves, a round neckline and a flared skirt that falls to the knee. The waist "
            "is fitted and the",
            "cut",
            hit_limit=True,
        ),
        title="Dodo & Moa Women Teal Velvet Fit and Flare Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: flat-lay, no model: black satin cami top with lace trim at the neckline and hem, on a white surface.
    # Caption and open answers: epoch-2 caption adapter; closed: reference engine.
    case(
        "X1134-027",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric.",
            "unsupported",
        ),
        describe("top", "a black satin camisole with lace trim at the neckline"),
        color("black"),
        garment_type("dress", "contradiction"),
        sleeves("sleeveless"),
        details(
            "top",
            "lace, lace, lace, lace trim, lace trim, lace trim, lace trim, lace trim, lace trim, lace trim, lace "
            "trim, lace",
            "loop",
            hit_limit=True,
        ),
        title="Trendyol Women Black Lace Trim Satin Cami Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: peach sequinned sleeveless short shift dress, a cream faux-fur stole over the shoulders, white backdrop.
    # Caption and open answers: epoch-2 caption adapter; closed: reference engine.
    case(
        "X1134-028",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. There is a scarf around her neck. The "
            "dress is of short length."
        ),
        color_of("dress", "white", "other_garment_color", kind="open"),
        color("pink"),
        wearing("a peach sequin dress and a white fur stole", who="she"),
        describe(
            "dress",
            "the dress is peach with sequins and it is short and sleeveless with a round neck and a fur stole on "
            "the shoulders and the",
            "cut",
            hit_limit=True,
        ),
        pattern("polka dot", "contradiction"),
        title="RARE Women Peach Sequinned Shift Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: navy blue velvet wrap top with long sleeves, no brooch, silver sequinned mini skirt, white backdrop.
    # Caption and open answers: epoch-2 caption adapter; closed: reference engine.
    case(
        "X1134-029",
        caption(
            "The lady is wearing a long-sleeve top with pure color patterns and a short skirt. The skirt is with "
            "other fabric."
        ),
        color_of("top", "silver", "other_garment_color", kind="open"),
        color("navy blue"),
        wearing("he is wearing a blue velvet top and a silver skirt", "pronoun"),
        material("velvet"),
        sleeves("long sleeves"),
        describe(
            "top",
            "the top is a blue velvet wrap top with long sleeves and a brooch on the left shoulder",
            "unsupported",
        ),
        title="Marie Claire Women Navy Blue Velvet Wrap Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black sequinned wrap mini dress, long sleeves, deep V-neck, tie at the side, no rings, white backdrop.
    # Caption and open answers: epoch-2 caption adapter; closed: reference engine. The feed row has no gender.
    case(
        "X1134-030",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a v-shape neckline. The dress is of short length. The lady wears a ring on her finger.",
            "unsupported",
        ),
        wearing("black", "non_answer"),
        color("black"),
        color_of("dress", "gold", "contradiction", kind="open"),
        sleeves("long sleeves"),
        details("dress", "the dress has sequins, a wrap front and a deep v neckline with a tie at the side"),
        material(
            "Question: What material is the garment made of? Answer: sequins. Question: What material is the",
            "leak",
            hit_limit=True,
        ),
        title="Qurvii Women Black Sequinned Wrap Dress",
        category="Dresses",
        color="Black",
    ),
    # photo: lavender satin peplum top with short puff sleeves, white trousers, white backdrop.
    # Caption and open answers: epoch-2 caption adapter; closed: reference engine.
    case(
        "X1134-031",
        caption(
            "The lady is wearing a short-sleeve blouse with pure color patterns. The lady wears a long trousers. The "
            "trousers are with pure color patterns."
        ),
        color_of("top", "purple", kind="open"),
        color("white", "other_garment_color"),
        wearing("yes", "non_answer"),
        sleeves("sleeveless", "contradiction"),
        describe("top", "the top is a top that the woman is wearing", "restated"),
        title="Chemistry Women Lavender Satin Peplum Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: red sequinned halter bodycon knee-length dress, gold heels, no rings, pale pink backdrop.
    # Caption and open answers: epoch-2 caption adapter; closed: reference engine.
    case(
        "X1134-032",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is of medium length. The lady "
            "wears a pair of heels. The lady wears a ring on her finger.",
            "unsupported",
        ),
        color_of("dress", "pink", "contradiction", kind="open"),
        color("red"),
        garment_type("dress"),
        material("sequins"),
        wearing("a red sequined halter dress and gold heels", who="she"),
        details(
            "dress",
            "the dress has a halter neck and is covered in red sequins from the neck to the hem. the back of the",
            "cut",
            hit_limit=True,
        ),
        title="Berrylush Women Red Sequinned Halter Bodycon Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: black velvet long-sleeve top with lace trim at the V-neck and cuffs, burgundy satin midi skirt, white
    # backdrop. Caption and open answers: epoch-2 caption adapter; closed: reference engine.
    case(
        "X1134-033",
        caption(
            "The lady is wearing a long-sleeve top with pure color patterns and a long skirt. The skirt is with pure "
            "color patterns."
        ),
        color_of("top", "black", kind="open"),
        color("maroon", "other_garment_color"),
        details(
            "top",
            "the top has a lace trim along the v neck and the cuffs, long sleeves and a fitted waist. the lace trim "
            "is black and the",
            "cut",
            hit_limit=True,
        ),
        wearing("a black top and a red skirt"),
        material("velvet and lace"),
        describe("top", "the top is the top that the lady is wearing in the picture", "restated"),
        title="Harpa Women Black Velvet Top with Lace Trim",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: black satin wrap midi dress with gold foil polka dots, three-quarter sleeves, tie waist, white backdrop.
    # Caption and open answers: epoch-2 caption adapter; closed: reference engine.
    case(
        "X1134-034",
        caption(
            "The lady is wearing a long-sleeve dress with graphic patterns. It has a v-shape neckline. The dress is "
            "of medium length."
        ),
        pattern("polka dot"),
        color("black"),
        color_of("dress", "black with gold dots", kind="open"),
        sleeves("three-quarter sleeves"),
        describe("dress", "the dress is a wrap dress with gold polka dots on black satin and a tie at the waist"),
        material("satin"),
        title="Kassually Women Black & Gold Polka Dot Satin Wrap Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: white floral lace A-line knee-length dress with cap sleeves, a thin black belt at the waist, black heels,
    # no necklace, white backdrop. Caption and open answers: epoch-2 caption adapter; closed: reference engine.
    case(
        "X1134-035",
        caption(
            "The lady is wearing a short-sleeve dress with floral patterns. The dress is with lace fabric. The lady "
            "wears a belt. The dress is of medium length."
        ),
        color_of("dress", "black", "contradiction", kind="open"),
        color("white"),
        wearing(
            "white dress, white dress, white dress, white dress, white dress, white dress, white dress, white dress, "
            "white",
            "loop",
            who="she",
            hit_limit=True,
        ),
        sleeves("short sleeves"),
        is_a("skirt", "no"),
        details("dress", "the dress has lace all over, cap sleeves, a black belt and a pearl necklace", "unsupported"),
        title="Vero Moda Women White Lace A-Line Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: silver sequinned long-sleeve top with padded shoulders, black skinny jeans, hand on hip, white backdrop.
    # Caption and open answers: epoch-2 caption adapter; closed: reference engine.
    case(
        "X1134-036",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns and a long jeans. The jeans are with "
            "denim fabric and pure color patterns."
        ),
        color_of("top", "grey", kind="open"),
        color("black", "other_garment_color"),
        garment_type("jacket", "contradiction"),
        details(
            "top",
            "Question: What are the top details? Answer: the top has sequins all over and shoulder pads. Question: "
            "What",
            "leak",
            hit_limit=True,
        ),
        material("sequins"),
        title="ONLY Women Silver-Toned Sequinned Top",
        category="Tops",
        color="Silver",
        gender="Women",
    ),
    # photo: black satin cowl-neck cami with silver chain straps, no necklace, tucked into white flared trousers, white
    # backdrop. Caption and open answers: epoch-2 caption adapter; closed: reference engine. Row lacks gender, color.
    case(
        "X1134-037",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The lady wears a long trousers. The "
            "trousers are with pure color patterns. There is an accessory on her neck.",
            "unsupported",
        ),
        color_of("top", "black", kind="open"),
        color("white", "other_garment_color"),
        wearing("a black satin top with chain straps and white flared pants"),
        details("top", "the top", "non_answer"),
        sleeves("sleeveless"),
        title="Miss Chase Women Black Satin Cowl Neck Top",
        category="Tops",
    ),
    # photo: bottle green velvet maxi dress, long sleeves, high slit, gold chain belt, gold heels, white backdrop.
    # Caption and open answers: epoch-2 caption adapter; closed: reference engine.
    case(
        "X1134-038",
        caption(
            "The gentleman is wearing a long-sleeve dress with pure color patterns. The dress is of long length. "
            "There is a belt on his waist.",
            "pronoun",
        ),
        color_of("dress", "green", kind="open"),
        color("green"),
        material("velvet"),
        describe("dress", "the dress is long and green with long sleeves, a slit and a gold belt"),
        sleeves("sleeveless", "contradiction"),
        wearing(
            "a long green velvet dress with long sleeves and a gold chain belt around the waist, and she is wearing "
            "gold",
            "cut",
            hit_limit=True,
        ),
        title="Athena Women Green Velvet Maxi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: burgundy lace top with bell sleeves and round neck, front view, black trousers, white backdrop.
    # Caption and open answers: epoch-2 caption adapter; closed: reference engine.
    case(
        "X1134-039",
        caption(
            "The lady is wearing a long-sleeve blouse with lattice patterns and a long pants. The pants are with "
            "pure color patterns. The lady is wearing a long-sleeve blouse with lattice patterns and a long pants. "
            "The pants",
            "loop",
            hit_limit=True,
        ),
        color_of("top", "red", kind="open"),
        color("black", "other_garment_color"),
        wearing("a red lace top and red pants", "contradiction"),
        sleeves("long sleeves"),
        details("top", "the top has bell sleeves, a round neck and a keyhole at the back", "unsupported"),
        material("lace"),
        describe("top", "burgundy", "non_answer"),
        title="Cation Women Burgundy Lace Top",
        category="Tops",
        color="Burgundy",
        gender="Women",
    ),
    # photo: back view: gold sequinned fit-and-flare mini dress, sheer mesh long sleeves, concealed back zip visible,
    # white backdrop. Caption and open answers: epoch-2 caption adapter; closed: reference engine.
    case(
        "X1134-040",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is of short length. The "
            "sleeves are with chiffon fabric and the dress has a zipper on the back. The dress is of short length "
            "and the",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "gold", kind="open"),
        color("gold"),
        wearing("Answer: a gold sequin dress", "leak", who="she"),
        describe("dress", "the back of the dress has a zipper and the sleeves are sheer"),
        garment_type("dress"),
        details("dress", "the dress details are the details of the dress", "restated"),
        title="20Dresses Women Gold-Toned Sequinned Fit and Flare Dress",
        category="Dresses",
        color="Gold",
        gender="Women",
    ),
    # photo: off-white satin cami top under an open black blazer, black trousers, white backdrop.
    # Caption and open answers: epoch-2 caption adapter; closed: reference engine.
    case(
        "X1134-041",
        caption(
            "The lady is wearing a long-sleeve jacket with pure color patterns. There is a sleeveless top under her "
            "jacket. The lady wears a long trousers. The trousers are with pure color patterns."
        ),
        color_of("top", "black", "other_garment_color", kind="open"),
        color("white"),
        sleeves("long sleeves", "contradiction"),
        garment_type("top"),
        wearing("a black blazer over a cream satin camisole and black trousers"),
        material("satin"),
        title="Tokyo Talkies Women Off-White Satin Cami Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: sleeveless mini bodycon dress in horizontal stripes of silver, pink and blue sequins, no pockets, front
    # view, white backdrop. Caption and open answers: epoch-2 caption adapter; closed: reference engine.
    case(
        "X1134-042",
        caption("The lady is wearing a sleeveless dress with striped patterns. The dress is of short length."),
        pattern("striped"),
        color_of("dress", "silver, pink and blue stripes", kind="open"),
        color("multicolor"),
        wearing(
            "a striped dress with sequins, a striped dress with sequins, a striped dress with sequins, a striped "
            "dress with",
            "loop",
            hit_limit=True,
        ),
        details("dress", "The dress has a zip at the back and pockets at the sides", "unsupported"),
        describe("dress", "sequins", "non_answer"),
        title="SASSAFRAS Women Multicoloured Striped Sequinned Bodycon Dress",
        category="Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: sleeveless black top with a white lace yoke panel, black knee-length pencil skirt, white backdrop.
    # Caption and open answers: epoch-2 caption adapter; closed: reference engine.
    case(
        "X1134-043",
        caption(
            "The lady is wearing a sleeveless top with color block patterns and a short skirt. The skirt is with pure "
            "color patterns."
        ),
        color_of("top", "black and white", kind="open"),
        color("black"),
        pattern("striped", "contradiction"),
        wearing(
            "the person is wearing a top and a skirt. Question: What is the person wearing? Answer: the person is "
            "wearing a top and a",
            "leak",
            hit_limit=True,
        ),
        describe("top", "the top is black with a white lace yoke and no sleeves"),
        material("cotton", "unsupported"),
        title="Kazo Women Black & White Lace Panel Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: blush pink lace maxi dress with long sheer sleeves, model holds a pink clutch, beige wall backdrop.
    # Caption and open answers: epoch-2 caption adapter; closed: reference engine.
    case(
        "X1134-044",
        caption(
            "The lady is wearing a long-sleeve dress with floral patterns. The dress is with lace fabric. The dress is "
            "of long length. The lady stands in front of a beige wall."
        ),
        color_of("dress", "beige", "contradiction", kind="open"),
        color("pink"),
        wearing(
            "Answer: a pink lace gown Question: What is she wearing? Answer: a pink lace gown Question:",
            "leak",
            who="she",
            hit_limit=True,
        ),
        sleeves("long sleeves"),
        details(
            "dress",
            "the dress has a lace pattern and a lace pattern and a lace pattern and a lace pattern and a lace "
            "pattern and a lace",
            "loop",
            hit_limit=True,
        ),
        material("chiffon", "contradiction"),
        title="Forever New Women Pink Lace Maxi Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: olive green satin top with short puff sleeves and a square neck, light blue mom jeans, front view,
    # white backdrop. Caption and open answers: epoch-2 caption adapter; closed: reference engine.
    case(
        "X1134-045",
        caption(
            "The lady is wearing a short-sleeve top with pure color patterns. It has a square neckline. The lady "
            "wears a long jeans. The jeans are with denim fabric and pure color patterns."
        ),
        color_of("top", "green", kind="open"),
        color("blue", "other_garment_color"),
        wearing("he is wearing a green top and blue jeans", "pronoun"),
        sleeves("short sleeves"),
        describe("top", "green satin top with puff sleeves, a square neck and a zip at the back", "unsupported"),
        material("denim", "contradiction"),
        title="Mast & Harbour Women Olive Satin Puff Sleeve Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: black velvet short-sleeve crop top with gold bead embellishment along the round neckline, black palazzo
    # trousers, gold earrings only, white backdrop. Caption and open answers: epoch-2 adapter; closed: reference.
    # The feed row has no category.
    case(
        "X1134-046",
        caption(
            "The lady is wearing a short-sleeve top with pure color patterns and a long pants. The pants are with "
            "pure color patterns. There is an accessory on her wrist. The lady wears a ring.",
            "unsupported",
        ),
        color_of("top", "black with gold", kind="open"),
        color("black"),
        details("top", "gold beads around the neckline"),
        wearing("a black top and black pants"),
        material("velvet"),
        describe(
            "top",
            "the top is a black velvet crop top with short sleeves and gold beads sewn along the round neckline and "
            "the",
            "cut",
            hit_limit=True,
        ),
        title="Label Ritu Kumar Women Black Velvet Embellished Crop Top",
        color="Black",
        gender="Women",
    ),
]
