"""BLIND_491 (46 products; DeepFashion In-shop women's studio photos: tops, knits, outerwear, dresses, bottoms): written
blind in the forty-ninth session. Measured blind at f428a19 (the session's rules as they stood): 116/131 failures
found (88.5%) and 4/164 correct texts flagged (2.4%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of women's casual wear shot the DeepFashion In-shop way: one model per
photo, mostly full body and front view on a plain white or light grey studio backdrop; one stands against a red
brick wall, one is a back view and two are cropped at the neck. Products are blouses and shirts, tees and tanks,
sweaters, cardigans and sweatshirts, jackets and coats, dresses and a playsuit, skirts, shorts, pants and jeans; the
model always wears a second garment (the jeans under a blouse, the tee under a jacket), and many products are
printed (stripes, florals, checks, polka dots, graphics, tie-dye). Each row carries the seller's title (brand first,
as Myntra writes them), category, color (the feed's own words: Navy Blue, Off White, Mustard, Grey Melange,
Multi...) and gender; a few rows miss the gender, one misses the category.

Who wrote what: the questions are the experiments' VQA questions ("What is the color of the {garment}?", "What cloth
is the person wearing?", "Is this a {garment}?"), the experiments' open questions ("What is she wearing?", "Describe
the {garment}.", "What are the {garment} details?") and enrich's default open questions (wearing, description,
details, material), plus enrich's closed garment_type, color, pattern and sleeve_length. Captions come either from
the untuned base `Salesforce/blip2-opt-2.7b` (short lowercase, "a woman in a ...") or from the caption-only LoRA
adapter at epoch 1 or epoch 3 (the DeepFashion-MultiModal template, with only its own vocabulary: fabrics cotton,
denim, chiffon, knitting, leather, furry; patterns pure color, striped, floral, lattice, graphic, color block;
necklines round, V-shape, lapel, standing, suspenders; lengths three-point, medium, long). The epoch-1 adapter
restarts its template early and loops more often; the epoch-3 adapter writes longer template sentences and is mostly
cut. The adapter never emits an end token, so each of its texts runs to its limit (50 new tokens for a caption, 30
for an answer) and carries hit_limit=True; asked any question, it answers with the caption template. Open answers
come from the base model unless the comment names the adapter; the base model stops on its own (no hit_limit).
Closed answers (garment_type, color, pattern, sleeve_length, the closed per-garment color questions and "Is this a
...?") come from enrich's `--engine reference`, chosen from candidate sets: never a loop or a cut. Where a color
question carries kind="open", the base model answered it freely.

Labeling conventions and judgement calls:
- Shade words count as correct for the seller's color: blue for navy or teal blue, green for olive, emerald or teal,
  red or maroon for burgundy, yellow for mustard, orange for coral, purple for lavender, white for cream or off
  white, tan or beige for khaki, brown for camel, grey for charcoal or grey melange, pink for blush. Navy answered
  black, mustard answered orange and charcoal answered black are not shades: contradiction, unless another garment
  in the photo has that color (then other_garment_color).
- A color given to the product that belongs to another garment it is worn with (the leggings, the tucked-in tee, the
  shirt under a vest) is other_garment_color, whether the engine or the base model gave it. "One color for every
  garment" ("a black shirt and black shorts" for a white tee with black shorts) is other_garment_color on the
  garment that got the other's color, even where that garment is not the product.
- The color of a print or trim given as the garment's color (red for a white tee with a red rose, white for a red
  dress with white flowers) is contradiction; so is a backdrop's color (red for the brick wall). A color of a
  multicolor product (purple for a purple and blue tie-dye tee, seller color Multi) is correct.
- Garment synonyms count as correct: shirt or top for a blouse, t-shirt or shirt for a tee, sweater for a cardigan,
  a turtleneck or a sweater vest, jumper for sweater, blazer for jacket, jacket for a coat, pants or trousers for
  chinos, palazzos or leggings, jeans and denim for jeans, camisole or tank top for a cami. A romper or playsuit
  called a dress, a skirt worn with a tee called "a pink dress", chinos called jeans, and a shirt dress called "a
  shirt" are contradiction. A color that nothing in the photo has, given to another garment or to a part (black
  pants for grey trousers, a black bow on a white pussy-bow blouse), is contradiction.
- Naming the other garments worn is correct when they are in the photo ("a black top and tan pants" for the chinos).
  Things neither in the photo nor in the title (a necklace, a purse, a hat, a tie, tights, a shirt under a buttoned
  cardigan, a hood, fur trim, a zipper or a bow on a back the photo does not show, a pocket, a lining, a belt) are
  unsupported. A belt that the title sells with the dress and the photo shows is correct.
- Materials: one the title names or the photo plainly shows (lace, denim, leather look, velvet, satin, flannel,
  knit) is correct; a plausible guess for a plain fabric the title does not name (cotton for a jersey tee, polyester
  for a polka-dot dress or a padded jacket) is correct; close look-alikes the model cannot tell apart are correct
  (chiffon for georgette, wool for an acrylic cable knit, denim for chambray); a material neither named nor visible,
  or one that another named material rules out (silk for a satin blouse, silk for a velvet dress, silk for a printed
  wrap dress, polyester for cotton cargo joggers) is unsupported.
- Adapter texts: a text that repeats a sentence (or a sentence's long opening) of its template is loop; one that
  stops mid-sentence without repeating is cut, even where it invents a hat or answers about the wrong layer before
  the cut. The adapter's template answering the color question names no hue: non_answer. Its template answering the
  material question is restated (the question is not answered, even though the template names a fabric). Its
  template answering "What cloth is the person wearing?", "Describe the ..." or "What are the ... details?" does
  answer it, so those are cut or loop. Where the template names the product's sleeves or kind wrongly (a
  short-sleeve T-shirt for a cami), that contradiction is what the auditor sees first: contradiction, hit_limit
  kept. One adapter caption reached its 50th token exactly at the end of a sentence and says nothing wrong: correct,
  with hit_limit=True.
- Base answers: "the details of the shirt", "they are short", "they are pants", "no" and an empty answer to an open
  question are non_answer; the product's own name, with or without its color, given back to "Describe ..." or to the
  material question is restated; a base answer that stops early mid-phrase ("it is made of") is cut, without
  hit_limit; a base answer that runs on into "Question: ... Answer: ..." is leak even where its first words are
  right; "he" or "a man" for the woman (also on photos cropped at the neck) is pronoun.
- Closed answers: the engine's wrong garment_type, color, pattern, sleeve_length or yes/no is contradiction (pleats
  as striped, tie-dye as striped, the trousers' checks given to a solid top, three-quarter sleeves for long ones,
  long sleeves for a sleeveless vest worn over a long-sleeve shirt), except a color that another garment in the
  photo has (other_garment_color). Checked for houndstooth and lace for a lace top are correct. The engine's
  garment_type naming the other garment (dress for a coat over a dress) is contradiction.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

cloth = question("cloth", "What cloth is the person wearing?", "open")

BLIND_491 = [
    # photo: model in a white short-sleeve chiffon blouse tucked into black skinny pants, full body, front view,
    # white studio backdrop.
    # caption: adapter (epoch 3)
    case(
        "X491-001",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns and a long pants. The blouse is with "
            "chiffon fabric and its neckline is round. The pants are with cotton fabric and solid color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "white"),
        cloth("a white blouse and black pants"),
        color_of("pants", "white", "other_garment_color"),
        is_a("blouse", "yes"),
        details("blouse", "the blouse has a bow on the back", "unsupported"),
        B.sleeve_length("short sleeves"),
        title="Vero Moda Women White Solid Chiffon Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in a navy and white horizontally striped round-neck tee with blue denim shorts, full body, front
    # view, white backdrop.
    # no adapter text
    case(
        "X491-002",
        caption("a woman in a striped shirt and denim shorts"),
        color_of("tee", "blue"),
        B.pattern("striped"),
        cloth(
            "a striped shirt and shorts Question: what color is the shirt? Answer: blue",
            "leak",
        ),
        D.details("the details of the shirt", "non_answer"),
        D.wearing("a blue and white striped shirt and blue shorts"),
        is_a("tee", "no", "contradiction"),
        title="Roadster Women Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a black sleeveless racerback tank with grey marl joggers, full body, front view, white backdrop.
    # caption: adapter (epoch 1); cloth: adapter (epoch 1)
    case(
        "X491-003",
        caption(
            "The lady wears a tank top with no sleeves. The tank top is with cotton fabric and pure color patterns. "
            "The lady wears a tank top with no sleeves. The tank top is with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        color_of("tank", "black"),
        cloth(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The lower "
            "clothing is of long length. The",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("sleeveless"),
        D.wearing("a black tank top and grey sweatpants"),
        is_a("tank", "no", "contradiction"),
        B.material("cotton"),
        title="HRX by Hrithik Roshan Women Black Solid Racerback Cotton Tank Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a red short-sleeve wrap dress with a small white floral print and a self-tie sash, knee length,
    # full body, front view, white backdrop; no jewellery.
    # no adapter text
    case(
        "X491-004",
        caption("a woman wearing a red floral dress"),
        color_of("dress", "white", "contradiction", kind="open"),
        B.pattern("floral"),
        describe("dress", "a red dress with white flowers on it"),
        details("dress", "it has a v - neck and a tie at the waist"),
        D.material("silk", "unsupported"),
        wearing("she is wearing a red dress and a necklace", "unsupported", who="she"),
        is_a("dress", "yes"),
        title="SASSAFRAS Women Red Floral Print Wrap Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: model in a grey melange cable-knit long-sleeve pullover with black leggings, full body, front view, light
    # grey backdrop.
    # description: adapter (epoch 3)
    case(
        "X491-005",
        caption("a woman wearing a grey sweater and black leggings"),
        color_of("sweater", "black", "other_garment_color"),
        cloth("a sweater"),
        describe(
            "sweater",
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        D.material("wool"),
        wearing("a grey sweater and grey pants", "other_garment_color", who="she"),
        title="Women Grey Melange Cable Knit Acrylic Pullover",
        category="Sweaters",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model in an olive green cotton utility jacket (long sleeves, chest flap pockets) worn open over a white
    # crew-neck tee, blue jeans, full body, front view, white backdrop.
    # caption: adapter (epoch 3); jacket details: adapter (epoch 3)
    case(
        "X491-006",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is denim and it has solid color patterns. This lady "
            "also wears an outer clothing, with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "green"),
        details(
            "jacket",
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long",
            "cut",
            hit_limit=True,
        ),
        cloth("a jacket and jeans"),
        B.garment_type("jacket"),
        wearing("she is wearing a green jacket and a white shirt", who="she"),
        B.color("white", "other_garment_color"),
        title="HERE&NOW Women Olive Green Solid Utility Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a pink knife-pleated georgette midi skirt with a white tee tucked in, white sneakers, full body,
    # front view, white backdrop.
    # no adapter text
    case(
        "X491-007",
        caption("a woman in a pink skirt and white t - shirt"),
        color_of("skirt", "pink"),
        cloth("a pink dress", "contradiction"),
        details("skirt", "the skirt is pleated and has a white t - shirt tucked in"),
        D.material("the skirt is made of chiffon and has a lining", "unsupported"),
        B.pattern("striped", "contradiction"),
        is_a("skirt", "yes"),
        title="Mango Women Pink Solid Pleated Georgette Midi Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a beige belted double-breasted trench coat over a black knee-length dress, black ankle boots,
    # full body, front view, white backdrop.
    # caption: adapter (epoch 1); cloth: adapter (epoch 3)
    case(
        "X491-008",
        caption(
            "The lady wears a long-sleeve coat with solid color patterns. The coat is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve coat with solid color patterns. The coat is with cotton "
            "fabric",
            "loop",
            hit_limit=True,
        ),
        color_of("coat", "beige"),
        cloth(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.description("a beige trench coat with a belt"),
        D.wearing("a tan coat and black boots"),
        B.garment_type("dress", "contradiction"),
        title="Women Beige Solid Double-Breasted Belted Trench Coat",
        category="Coats",
        color="Beige",
        gender="Women",
    ),
    # photo: model in a mustard yellow ribbed button-front cardigan (buttoned, no pockets) with light blue jeans, full
    # body, front view, white backdrop.
    # no adapter text
    case(
        "X491-009",
        caption("a woman wearing a yellow cardigan and jeans"),
        color_of("cardigan", "yellow"),
        cloth("a yellow sweater and a white shirt", "unsupported"),
        describe("cardigan", "a yellow cardigan", "restated"),
        D.material("it is made of wool and has a pocket on the front", "unsupported"),
        wearing("he is wearing a yellow sweater and blue jeans", "pronoun", who="she"),
        title="ONLY Women Mustard Yellow Ribbed Cardigan",
        category="Sweaters",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in black denim shorts with a white graphic tee tucked in, full body, front view, white backdrop.
    # no adapter text
    case(
        "X491-010",
        caption("a woman in a white t - shirt and black shorts"),
        color_of("shorts", "black"),
        D.wearing("a black shirt and black shorts", "other_garment_color"),
        details("shorts", "they are short", "non_answer"),
        is_a("shorts", "yes", article="a pair of"),
        cloth("shorts"),
        title="Roadster Women Black Denim Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: model in a burgundy velvet long-sleeve bodycon dress, knee length, round neck, bare legs, full body, front
    # view, light grey backdrop.
    # caption: adapter (epoch 3); cloth: adapter (epoch 3)
    case(
        "X491-011",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of medium length. The lady also wears",
            "cut",
            hit_limit=True,
        ),
        cloth(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "red"),
        D.material("silk", "unsupported"),
        D.wearing("a maroon dress and black tights", "unsupported"),
        B.sleeve_length("long sleeves"),
        title="Women Burgundy Solid Velvet Bodycon Dress",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: model in a light blue cotton chambray button-down shirt (long sleeves, buttoned cuffs, two chest flap
    # pockets) with white jeans, full body, front view, white backdrop.
    # no adapter text
    case(
        "X491-012",
        caption("a woman wearing a blue shirt and white pants"),
        color_of("shirt", "white", "other_garment_color"),
        describe("shirt", "a light blue denim shirt with buttons"),
        details("shirt", "the shirt has a collar and two pockets on the chest"),
        D.material("denim"),
        B.sleeve_length("short sleeves", "contradiction"),
        wearing("a blue shirt and blue jeans", "other_garment_color", who="she"),
        title="Women Blue Cotton Chambray Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a coral sleeveless peplum top with white skinny jeans, full body, front view, white backdrop;
    # the back of the top is not seen.
    # caption: adapter (epoch 1)
    case(
        "X491-013",
        caption(
            "The lady wears a sleeveless top with pure color patterns. The top is with cotton fabric. The lady wears "
            "a sleeveless top with pure color patterns. The top is with cotton fabric. The lady wears",
            "loop",
            hit_limit=True,
        ),
        color_of("blouse", "orange"),
        D.wearing("a coral top and white jeans"),
        D.details("a peplum at the waist and a zipper on the back", "unsupported"),
        is_a("blouse", "yes"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="DressBerry Women Coral Solid Peplum Top",
        category="Tops",
        color="Coral",
        gender="Women",
    ),
    # photo: model in a black sleeveless fit-and-flare dress with white polka dots, black pumps, full body, front view,
    # white backdrop.
    # no adapter text
    case(
        "X491-014",
        caption("a woman in a black and white polka dot dress"),
        color_of("dress", "black"),
        B.pattern("polka dot"),
        describe(
            "dress",
            "the dress is black with white polka dots Question: What is the color of the dress? Answer: black",
            "leak",
        ),
        D.material("polyester"),
        D.details("it has a zipper on the back and pockets", "unsupported"),
        wearing("a black and white dress and black heels", who="she"),
        title="Women Black & White Polka Dot Fit and Flare Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a grey melange pullover hoodie with a white "BROOKLYN" print on the chest (no zipper) and black
    # leggings, full body, front view, white backdrop.
    # caption: adapter (epoch 3), stopped by the limit right after a full stop
    case(
        "X491-015",
        caption(
            "This lady wears a long-sleeve sweater with graphic patterns and a long pants. The sweater is with cotton "
            "fabric. The pants are with cotton fabric and solid color patterns.",
            hit_limit=True,
        ),
        color_of("sweatshirt", "grey"),
        is_a("hoodie", "yes"),
        cloth("a hoodie"),
        B.pattern("graphic"),
        D.details("the hoodie has the word brooklyn on the front and a zipper", "unsupported"),
        D.material(
            "cotton Question: What is the pattern of the garment? Answer: graphic",
            "leak",
        ),
        title="Women Grey Melange Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model in a white short-sleeve lace crop top with a black high-waisted mini skirt, full body, front view,
    # light grey backdrop.
    # no adapter text
    case(
        "X491-016",
        caption("a woman wearing a white lace top and black skirt"),
        color_of("blouse", "black", "other_garment_color"),
        cloth(
            "a white lace top and a black skirt Question: What is the color of the skirt? Answer: black",
            "leak",
        ),
        describe("blouse", "a white lace blouse"),
        B.pattern("lace"),
        D.material("lace"),
        title="FOREVER 21 Women White Lace Crop Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in a teal blue sleeveless strappy georgette maxi dress, full body, front view, white backdrop; no
    # hat.
    # caption: adapter (epoch 1); description: adapter (epoch 1)
    case(
        "X491-017",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of long length. The lady wears a sleeveless dress with pure color",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "green"),
        D.material("chiffon"),
        wearing("she is wearing a long blue dress and a white hat", "unsupported", who="she"),
        title="Women Teal Blue Solid Georgette Maxi Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: model in khaki cotton chinos (slant pockets, button waist) with a black tee tucked in and white sneakers,
    # full body, front view, white backdrop.
    # no adapter text
    case(
        "X491-018",
        caption("a woman in a black shirt and khaki pants"),
        color_of("pants", "black", "other_garment_color"),
        D.wearing("a black top and tan pants"),
        details("pants", "they have pockets on the side and a button at the waist"),
        cloth("a pair of black pants", "other_garment_color"),
        is_a("pants", "yes", article="a pair of"),
        B.garment_type("jeans", "contradiction"),
        title="Women Khaki Solid Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Women",
    ),
    # photo: model in a blush pink satin camisole with thin straps and blue jeans, full body, front view, white
    # backdrop; the cami is plain, with no bow.
    # caption: adapter (epoch 3)
    case(
        "X491-019",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is with "
            "chiffon fabric. The trousers are with denim fabric and solid color patterns. It has",
            "contradiction",
            hit_limit=True,
        ),
        color_of("tank", "pink"),
        D.wearing("a pink tank top and jeans"),
        B.sleeve_length("sleeveless"),
        D.material("satin"),
        cloth(
            "a pink tank top and blue jeans Question: what is the color of the jeans? Answer: blue",
            "leak",
        ),
        D.details("there is a bow on the front", "unsupported"),
        title="Women Blush Pink Satin Camisole",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a red and black buffalo-check flannel shirt, long sleeves, worn open over a black tank, black
    # jeans, full body, front view, white backdrop.
    # no adapter text
    case(
        "X491-020",
        caption("a woman wearing a red and black plaid shirt"),
        color_of("shirt", "red"),
        B.pattern("checked"),
        D.wearing("a red shirt and red pants", "other_garment_color"),
        describe(
            "shirt",
            "the shirt is a red and black checkered shirt with a black tank top underneath",
        ),
        D.material("flannel"),
        is_a("shirt", "no", "contradiction"),
        title="Roadster Women Red & Black Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: model in white cotton shorts with a lace trim at the hem and a pale blue tee, full body, front view,
    # white backdrop.
    # caption: adapter (epoch 1); cloth: adapter (epoch 1)
    case(
        "X491-021",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric. The shorts are with cotton fabric. The lady wears a short-sleeve T-shirt with",
            "loop",
            hit_limit=True,
        ),
        cloth(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "white"),
        D.wearing("a blue shirt and blue shorts", "other_garment_color"),
        details("shorts", "lace trim on the bottom"),
        is_a("shorts", "yes", article="a pair of"),
        title="Women White Lace Trim Cotton Shorts",
        category="Shorts",
        color="White",
    ),
    # photo: model in a charcoal grey single-button blazer over a white blouse, black trousers, full body, front view,
    # white backdrop; no tie.
    # no adapter text
    case(
        "X491-022",
        caption("a woman in a gray blazer and black pants"),
        color_of("jacket", "black", "other_garment_color"),
        cloth("a suit and tie", "unsupported"),
        describe("jacket", "a grey blazer with one button and a white shirt underneath"),
        B.garment_type("jacket"),
        wearing("he is wearing a grey blazer and black pants", "pronoun", who="she"),
        title="Women Charcoal Grey Single-Breasted Blazer",
        category="Blazers",
        color="Charcoal",
        gender="Women",
    ),
    # photo: model in olive green cotton cargo joggers (side leg pockets, elastic cuffs) with a black cropped tank and
    # white sneakers, a wristwatch, full body, front view, white backdrop.
    # caption: adapter (epoch 3)
    case(
        "X491-023",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. The pants are with cotton fabric and solid color patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "green"),
        D.details("pockets on the side of the legs and elastic at the ankles"),
        cloth("cargo pants"),
        D.material("polyester", "unsupported"),
        wearing(
            "she's wearing black pants and a black top",
            "other_garment_color",
            who="she",
        ),
        title="Women Olive Green Cotton Cargo Joggers",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a blue and white vertically striped off-shoulder top with short ruffled sleeves, white shorts,
    # full body, front view, white backdrop; the back is not seen.
    # no adapter text
    case(
        "X491-024",
        caption("a woman wearing a blue and white striped off the shoulder top"),
        color_of("blouse", "blue"),
        B.sleeve_length("short sleeves"),
        D.wearing("a striped top and white shorts"),
        describe("blouse", "a blouse", "restated"),
        D.details("the shirt has a bow on the back", "unsupported"),
        title="Women Blue & White Striped Off-Shoulder Bardot Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a black faux-leather zip biker jacket over a grey tee, black jeans, full body, front view, white
    # backdrop.
    # caption: adapter (epoch 1); jacket details: adapter (epoch 1)
    case(
        "X491-025",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It has "
            "a lapel neckline. The lady wears a long-sleeve jacket with pure color patterns. The jacket is with "
            "leather",
            "loop",
            hit_limit=True,
        ),
        details(
            "jacket",
            "The jacket is with leather fabric. It has a lapel neckline. The jacket is with leather fabric. It has a "
            "lapel",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "black"),
        D.material("leather"),
        cloth(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It has "
            "a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black jacket and a black shirt", "other_garment_color"),
        title="Women Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: model in a lavender short-sleeve crew-neck knit pullover with white pants, photo cropped at the neck,
    # front view, white backdrop.
    # no adapter text
    case(
        "X491-026",
        caption("a man wearing a purple sweater and white pants", "pronoun"),
        color_of("sweater", "purple"),
        D.wearing("a purple sweater and white pants"),
        B.sleeve_length("long sleeves", "contradiction"),
        is_a("sweater", "yes"),
        D.description("a purple sweater with short sleeves"),
        D.material("a purple sweater", "restated"),
        title="Women Lavender Self Design Short Sleeve Pullover",
        category="Sweaters",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a mid-blue denim button-front midi skirt (two front patch pockets) with a cream knit top tucked
    # in, full body, front view, white backdrop; no belt.
    # caption: adapter (epoch 3)
    case(
        "X491-027",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long skirt. The sweater is with "
            "knitting fabric. The skirt is with denim fabric and solid color patterns. The lady also",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "blue"),
        cloth(
            "The lady wears a long-sleeve sweater with pure color patterns and a long skirt. The sweater is with "
            "knitting",
            "cut",
            hit_limit=True,
        ),
        D.details("buttons down the front and two pockets"),
        wearing(
            "she is wearing a blue denim skirt and a white sweater with a belt",
            "unsupported",
            who="she",
        ),
        is_a("denim", "yes"),
        title="Women Blue Denim Button-Front Midi Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a white round-neck tee with a large red rose print on the front, black shorts, full body, front
    # view, white backdrop; no pocket.
    # no adapter text
    case(
        "X491-028",
        caption("a woman wearing a white t - shirt with a rose on it"),
        color_of("tee", "red", "contradiction"),
        B.pattern("graphic"),
        D.wearing("a white shirt and black shorts"),
        D.details("the shirt has a picture of a rose on it and a pocket", "unsupported"),
        is_a("graphic tee", "yes"),
        title="Women White Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: model in an emerald green long-sleeve wrap blouse (V-neck) with black trousers, full body, front view,
    # white backdrop.
    # material: adapter (epoch 3)
    case(
        "X491-029",
        caption("a woman in a green blouse and black pants"),
        color_of("blouse", "green"),
        D.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "V-shape neckline",
            "restated",
            hit_limit=True,
        ),
        D.wearing(
            "a green shirt and black pants Question: what is the color of the shirt? Answer: green",
            "leak",
        ),
        B.sleeve_length("three-quarter sleeves", "contradiction"),
        describe("blouse", "a green blouse with a v - neck"),
        title="Women Emerald Green Solid Wrap Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: model in a black and white houndstooth mini skirt with a black long-sleeve turtleneck sweater, black
    # tights, full body, front view, white backdrop.
    # caption: adapter (epoch 1)
    case(
        "X491-030",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a short skirt. The sweater is with "
            "knitting fabric. The skirt is with cotton fabric and lattice patterns. The lady wears a long-sleeve "
            "sweater with",
            "loop",
            hit_limit=True,
        ),
        color_of("skirt", "black"),
        B.pattern("checked"),
        D.wearing("a black sweater and a black and white skirt"),
        details("skirt", "the details of the skirt", "non_answer"),
        cloth("a skirt"),
        title="Women Black & White Houndstooth Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in a cream cable-knit open-front long cardigan (no hood) over a black tee, blue jeans, full body,
    # front view, standing in front of a red brick wall.
    # no adapter text
    case(
        "X491-031",
        caption("a woman standing in front of a brick wall wearing a white cardigan"),
        color_of("cardigan", "white"),
        D.wearing("a white sweater, a black shirt and jeans"),
        B.color("red", "contradiction"),
        is_a("cardigan", "yes"),
        describe("cardigan", "it is a long cardigan with a hood", "unsupported"),
        D.material("wool"),
        title="Women Cream-Coloured Cable Knit Open Front Longline Cardigan",
        category="Sweaters",
        color="Cream",
        gender="Women",
    ),
    # photo: model in a navy blue tank top with a white lace trim at the neckline and light grey shorts, full body,
    # front view, white backdrop.
    # caption: adapter (epoch 3); cloth: adapter (epoch 1)
    case(
        "X491-032",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The lower "
            "clothing is of three-point length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory",
            "cut",
            hit_limit=True,
        ),
        cloth(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. Her tank top "
            "has no sleeves,",
            "loop",
            hit_limit=True,
        ),
        color_of("tank", "black", "contradiction"),
        D.wearing("a blue tank top and gray shorts"),
        D.details("white lace around the neck"),
        B.sleeve_length("sleeveless"),
        title="Women Navy Blue Lace Trim Tank Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a mustard yellow short-sleeve A-line midi dress with the black belt it is sold with, full body,
    # front view, white backdrop; no bag.
    # no adapter text
    case(
        "X491-033",
        caption("a woman in a yellow dress with a black belt"),
        color_of("dress", "orange", "contradiction"),
        cloth("a yellow dress"),
        describe("dress", "a yellow dress with a belt and short sleeves"),
        wearing("she is wearing a yellow dress and a black purse", "unsupported", who="she"),
        D.material("it is made of", "cut"),
        B.sleeve_length("short sleeves"),
        title="Women Mustard Yellow Solid A-Line Dress with Belt",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a grey melange short-sleeve V-neck jersey tee with a black knee-length skirt, full body, front
    # view, white backdrop.
    # caption: adapter (epoch 1); tee color (asked open): adapter (epoch 1); material: adapter (epoch 3)
    case(
        "X491-034",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a V-shape neckline. The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "tee",
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a V",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        D.material(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a V-shape "
            "neckline. The lower",
            "restated",
            hit_limit=True,
        ),
        D.wearing("a grey t - shirt and a black skirt"),
        B.garment_type("t-shirt"),
        is_a("tee", "yes"),
        title="Women Grey Melange Solid V-Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # photo: model in a white sleeveless cotton playsuit with a blue floral print, full body, front view, white
    # backdrop.
    # no adapter text
    case(
        "X491-035",
        caption("a woman in a white dress with blue flowers", "contradiction"),
        is_a("romper", "yes"),
        color_of("romper", "white"),
        B.pattern("floral"),
        D.wearing("a white romper with blue flowers"),
        D.material("a romper", "restated"),
        B.garment_type("dress", "contradiction"),
        title="Women White & Blue Floral Print Cotton Playsuit",
        category="Playsuit",
        color="White",
        gender="Women",
    ),
    # photo: model in black wide-leg palazzo pants with a white sleeveless blouse, full body, front view, white
    # backdrop.
    # no adapter text
    case(
        "X491-036",
        caption("a woman in a black top and black pants", "other_garment_color"),
        color_of("pants", "black"),
        cloth("pants"),
        D.details("they are pants", "non_answer"),
        color_of("blouse", "white"),
        D.wearing("he is wearing a white shirt and black pants", "pronoun"),
        is_a("pants", "yes", article="a pair of"),
        title="Women Black Solid Wide Leg Palazzos",
        category="Palazzos",
        color="Black",
        gender="Women",
    ),
    # photo: model in a red hooded padded puffer jacket, zipped, with black leggings, full body, front view, white
    # backdrop; no hat, no fur on the hood.
    # caption: adapter (epoch 3)
    case(
        "X491-037",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long leggings. The jacket is with "
            "cotton fabric. The leggings are with cotton fabric and pure color patterns. There is a hat on her",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "red"),
        D.material("polyester"),
        D.wearing("a red jacket and red pants", "other_garment_color"),
        details("jacket", "the jacket has a hood with fur trim and a zipper", "unsupported"),
        is_a("coat", "yes"),
        title="Women Red Solid Padded Jacket with Detachable Hood",
        category="Jackets",
        color="Red",
        gender="Women",
    ),
    # photo: model in a pink and white vertically striped long-sleeve shirt dress with a collar and a self belt, knee
    # length, full body, front view, white backdrop.
    # no adapter text
    case(
        "X491-038",
        caption("a woman wearing a pink and white striped shirt dress"),
        color_of("dress", "pink"),
        B.pattern("striped"),
        describe("dress", "he is wearing a pink and white striped dress", "pronoun"),
        cloth("a shirt", "contradiction"),
        B.sleeve_length("long sleeves"),
        title="Women Pink & White Striped Shirt Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a purple and blue tie-dye tee knotted at the front hem, with denim shorts, full body, front view,
    # light grey backdrop.
    # no adapter text
    case(
        "X491-039",
        caption("a woman in a tie dye shirt and jean shorts"),
        color_of("tee", "purple"),
        D.wearing("a purple shirt and blue shorts"),
        D.details("the shirt is tie dyed and has a knot at the bottom"),
        D.material(
            "the shirt is made of cotton Question: what is the shirt made of? Answer: cotton",
            "leak",
        ),
        B.pattern("striped", "contradiction"),
        is_a("tee", "yes"),
        title="Women Purple & Blue Tie-Dye Knotted T-shirt",
        color="Multi",
        gender="Women",
    ),
    # photo: model in a beige knit sweater vest over a white long-sleeve collared shirt, grey trousers, full body,
    # front view, white backdrop.
    # caption: adapter (epoch 3)
    case(
        "X491-040",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. This lady also wears an outer clothing, with knitting fabric "
            "and",
            "cut",
            hit_limit=True,
        ),
        color_of("vest", "white", "other_garment_color"),
        is_a("vest", "yes"),
        D.wearing("a beige sweater vest and a white shirt"),
        B.sleeve_length("long sleeves", "contradiction"),
        D.material("knit"),
        title="Women Beige Solid Acrylic Sweater Vest",
        category="Sweaters",
        color="Beige",
        gender="Women",
    ),
    # photo: model in an off white satin long-sleeve pussy-bow blouse with grey straight trousers, full body, front
    # view, white backdrop.
    # no adapter text
    case(
        "X491-041",
        caption("a woman in a white blouse with a bow tie"),
        color_of("blouse", "white"),
        describe("blouse", "the blouse is white and has a bow at the neck"),
        D.wearing("a white shirt and black pants", "contradiction"),
        D.material("silk", "unsupported"),
        B.sleeve_length("long sleeves"),
        cloth("a white blouse with a black bow tie", "contradiction"),
        title="Women Off White Satin Pussy-Bow Blouse",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a dusty blue satin midi slip skirt with a white tee, white sneakers, full body, front view,
    # white backdrop.
    # caption: adapter (epoch 1)
    case(
        "X491-042",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with "
            "cotton fabric. The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The",
            "loop",
            hit_limit=True,
        ),
        color_of("skirt", "blue"),
        D.details("", "non_answer"),
        D.wearing("a white t - shirt and a blue skirt"),
        is_a("skirt", "no", "contradiction"),
        title="Women Blue Satin Midi Slip Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in an orange ribbed tank top with white jeans, full body, front view, white backdrop; no jewellery.
    # no adapter text
    case(
        "X491-043",
        caption("a woman in an orange tank top and white jeans"),
        color_of("tank", "orange"),
        cloth("tank top Question: what color is the tank top? Answer: orange", "leak"),
        D.details("no", "non_answer"),
        B.color("white", "other_garment_color"),
        wearing(
            "she is wearing an orange tank top and white jeans and a gold necklace",
            "unsupported",
            who="she",
        ),
        title="Women Orange Ribbed Tank Top",
        category="Tops",
        color="Orange",
        gender="Women",
    ),
    # photo: model in a black fitted long-sleeve cotton turtleneck top with grey checked trousers, photo cropped at the
    # neck, front view, white backdrop.
    # no adapter text
    case(
        "X491-044",
        caption("a woman in a black turtleneck and plaid pants"),
        color_of("sweater", "black"),
        B.pattern("checked", "contradiction"),
        D.material("cotton"),
        describe(
            "sweater",
            "he is wearing a black sweater with a high neck and long sleeves",
            "pronoun",
        ),
        D.wearing("a black sweater and black pants", "other_garment_color"),
        title="Women Black Solid Cotton Turtle Neck Fitted Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in light blue distressed skinny jeans with a pink long-sleeve sweatshirt, full body, front view,
    # white backdrop.
    # caption: adapter (epoch 3); jeans details: adapter (epoch 1)
    case(
        "X491-045",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is denim and it has solid color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        details(
            "jeans",
            "The lower clothing is of long length. The fabric is denim and it has solid color patterns. The lower "
            "clothing is of long",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "blue"),
        D.wearing("a pink sweater and pink jeans", "other_garment_color"),
        is_a("denim", "yes"),
        title="Women Blue Skinny Fit Mid-Rise Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: back view of a model in a camel double-breasted wool-blend longline overcoat (no hood) with black pants
    # and black boots, white backdrop; no hat.
    # no adapter text
    case(
        "X491-046",
        caption("the back of a woman wearing a brown coat"),
        color_of("coat", "brown"),
        D.wearing("a brown coat and brown pants", "other_garment_color"),
        describe("coat", "it has a hood", "unsupported"),
        D.material("wool"),
        cloth("a brown coat and a brown hat", "unsupported"),
        B.garment_type("jacket"),
        title="Women Camel Brown Wool Blend Double-Breasted Longline Overcoat",
        category="Coats",
        color="Camel Brown",
    ),
]
