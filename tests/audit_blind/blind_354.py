"""BLIND_354 (46 products; women's everyday and ethnic wear, model shots, base model and VQA adapter): written blind in
the forty-fourth session. Measured blind at 21bf8f7 (the session's rules as they stood): 90/114 failures found
(78.9%) and 1/144 correct texts flagged (0.7%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of women's wear drawn at random from a night's run: kurtas and kurta
sets, tops, t-shirts, shirts, dresses, jeans, trousers, leggings, sarees, sweatshirts and jackets. Every photo is a
model shot, so the product is almost always worn with another garment (a top over the jeans, a kurta over the
leggings, a tee under the jacket), and some photos have a colored wall, a brick wall, plants or an office behind the
model. Each row has the seller's title, category, color and gender; a few rows miss the gender or the color.

Who wrote what: the experiments' questions (What is she wearing?, What is the color of the top / pants / jeans?,
Describe the garment.) and the open questions of the default questionnaire (description, details, material) come
from the untuned base `Salesforce/blip2-opt-2.7b`: short, lowercase, and it stops on its own (never hit_limit).
On some items the comment says the VQA adapter (`leoreigoto/Data3_V3_BLIP2_VQA`) answered an experiments' question:
trained with the prompt and padding in the loss and no end token, it runs to the 30-token limit (hit_limit=True),
looping the In-shop class or color word, or running on into the `Question: ... Answer:` format. The caption adapter
(DeepFashion template, no end token) wrote the captions and the few answers the comments name; it runs to its limit
(hit_limit=True) and returns its template to any question. Every other caption is the base model's. The closed
questions (garment_type, color, pattern, sleeve_length, "Is this a ...?") are enrich's `--engine reference` answers,
chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: yellow for mustard, red for maroon, blue for navy or teal, green
  for olive or teal, pink for peach or rose, purple for lavender, tan for beige. Navy answered black and a black and
  white check answered grey are contradiction.
- The color of a print, a border or a trim given as the garment's color (black for a white top with black dots,
  gold for a red saree with a gold border, white for a mustard dress with a white floral print) is contradiction,
  and so is the color of the wall behind the model (pink top for a red top before a pink wall, red for a black
  jacket before a brick wall).
- Where the product's own color question (the default "color of the garment", or the experiments' question for the
  product's piece) gets the color of another garment in the photo (white for jeans worn with a white tee), the text
  is other_garment_color. Where the product's color is repeated for another piece (the white shirt's "white" for the
  black pants, one color for the whole outfit, the tank top's white for the jeans under a checked shirt), the
  text is contradiction.
- Garment synonyms are correct: sari for saree, hoodie or sweater for a sweatshirt, pants for trousers, plaid for
  checked, tee or shirt for a t-shirt in a free answer, shirt dress for a denim dress. A closed garment_type or
  "Is this a ...?" answer naming another garment of the photo (t-shirt for the jeans, kurta for the leggings) is
  contradiction, as is "dress" for a kurta.
- The caption adapter knows no kurta or saree: where its template misnames the product itself (a kurta as a dress, a
  saree as a tank top and a skirt) the text is contradiction, hit_limit kept. Where it names the product right and
  only misnames the piece worn with it (the kurti over the leggings as a dress), the cut is what is labelled.
  Otherwise its texts are cut (stopped mid-sentence) or loop (a sentence repeated); the template returned to the
  material question is restated, to the color question non_answer.
- VQA adapter texts: the class word or color repeated is loop; a text that runs on into "Question: ... Answer:" is
  leak, even where its first word is right. Base answers that run on into that format are leak too.
- Materials: one the title names is correct, chiffon for georgette is correct, a plausible guess on a plain fabric
  the title does not name (cotton for a plain formal shirt, cotton for white jeans) is correct; a material neither
  named nor visible (silk on a kurta of unnamed fabric, wool on a fleece hoodie, leather on matte gym leggings,
  polyester on a cotton tee, silk on a satin-finish shirt) is unsupported.
- Invented items or details not in the photo (a hat, a belt, a necklace, a purse, a hood, a zip, a slit, mirror work,
  a bow at the back in a front view, a side stripe, an elastic waist the kurti covers, words that are not printed)
  are unsupported.
- "he", "his" or "a man" for the women models is pronoun. An empty answer and "the details of the dress" are
  non_answer; a details or material answer that only repeats the garment and its color is restated.
- A base answer stopped early mid-phrase ("a teal kurta with a") is cut, without hit_limit.
- An answer naming only part of the outfit (the kurta, not the leggings under it) is correct, not a failure.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, describe, is_a, wearing

BLIND_354 = [
    # photo: model in a mustard straight kurta with small white ethnic motifs, white palazzos, white studio backdrop.
    # adapter texts: none
    case(
        "X354-001",
        caption("a woman in a yellow kurta and white pants"),
        wearing("a yellow kurta and yellow pants", "contradiction", who="she"),
        color_of("top", "yellow", kind="open"),
        D.garment_type("kurta"),
        D.color("yellow"),
        D.pattern("solid", "contradiction"),
        D.material("cotton"),
        title="Women Mustard Yellow Ethnic Motifs Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a navy blue flared anarkali kurta with gold foil print, navy churidar, no jewellery, grey
    # backdrop.
    # adapter texts: none
    case(
        "X354-002",
        caption("a woman in a blue dress with gold print", "contradiction"),
        wearing("a navy blue kurta", who="she"),
        D.garment_type("kurta"),
        D.color("black", "contradiction"),
        D.description("a long blue kurta with gold print and a gold necklace", "unsupported"),
        D.sleeve_length("three-quarter sleeves"),
        title="Women Navy Blue Foil Printed Anarkali Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a white chikankari-embroidered long-sleeve cotton kurta and white trousers, white backdrop.
    # caption: caption adapter
    case(
        "X354-003",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady also wears a long trousers. The trousers are with cotton fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a white kurta and white pants", who="she"),
        D.pattern("embroidered"),
        D.material("the kurta is white", "restated"),
        is_a("kurta", "yes"),
        title="Women White Chikankari Embroidered Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: model in a maroon straight kurta with a gold gotta border at hem and sleeves, white leggings,
    # standing against a beige wall.
    # adapter texts: none
    case(
        "X354-004",
        caption("a woman in a red kurta standing in front of a wall"),
        wearing("a red kurta and white leggings", who="she"),
        color_of("pants", "red", "contradiction", kind="open"),
        D.color("gold", "contradiction"),
        D.details("gold border on the sleeves and the hem"),
        D.material("silk", "unsupported"),
        title="Women Maroon Yoke Design Straight Kurta with Gotta Patti Border",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in an olive green A-line kurta with a small white floral print, holding a tan sling bag,
    # white leggings, studio.
    # color_top: VQA adapter
    case(
        "X354-005",
        caption("a woman in a green floral kurta holding a bag"),
        wearing("he is wearing a green kurta", "pronoun", who="she"),
        color_of(
            "top",
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.pattern("floral"),
        D.color("green"),
        title="Women Olive Green Floral Printed A-Line Kurta",
        category="Kurtas",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a peach short-sleeve kurta with white thread embroidery at the yoke (plain sleeves) and
    # matching peach palazzos, studio.
    # wearing: VQA adapter
    case(
        "X354-006",
        caption("a woman in a pink kurta and pink pants"),
        wearing(
            "kurta. Question: What is the color of the kurta? Answer: pink. Question: What is the color of the "
            "pants? Answer: pink. Question:",
            "leak",
            who="she",
            hit_limit=True,
        ),
        D.sleeve_length("short sleeves"),
        D.material("rayon"),
        D.description("a pink kurta with white embroidery on the neck and mirror work on the sleeves", "unsupported"),
        D.color("pink"),
        title="Women Peach-Coloured Yoke Design Rayon Kurta with Palazzos",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a teal straight kurta with three-quarter sleeves and white pants, studio. No gender column.
    # adapter texts: none
    case(
        "X354-007",
        caption("a woman wearing a blue kurta and blue pants", "contradiction"),
        is_a("dress", "yes", "contradiction"),
        D.description("a teal kurta with a", "cut"),
        D.details("the details of the kurta", "non_answer"),
        D.material("cotton"),
        title="Women Teal Blue Solid Cotton Straight Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # photo: model in a white puff-sleeve top with black polka dots, blue jeans, white backdrop.
    # adapter texts: none
    case(
        "X354-008",
        caption("a woman in a white polka dot top and jeans"),
        color_of("top", "white", kind="open"),
        color_of("jeans", "white", "contradiction", kind="open"),
        D.pattern("polka dots"),
        D.color("black", "contradiction"),
        D.sleeve_length("short sleeves"),
        title="Women White & Black Polka Dot Print Puff Sleeve Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in a black ribbed sleeveless crop top and white high-waist trousers, studio.
    # caption and material: caption adapter
    case(
        "X354-009",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a black crop top and white pants", who="she"),
        color_of("top", "black", kind="open"),
        color_of("pants", "black", "contradiction", kind="open"),
        D.sleeve_length("sleeveless"),
        D.material(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric and its neckline",
            "restated",
            hit_limit=True,
        ),
        title="Women Black Ribbed Fitted Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a mustard peplum top with flutter sleeves, blue jeans, front view, grey backdrop.
    # adapter texts: none
    case(
        "X354-010",
        caption("a woman in a yellow top and jeans"),
        D.color("yellow"),
        D.description("a yellow top with ruffle sleeves and a", "cut"),
        D.details("a bow at the back", "unsupported"),
        is_a("dress", "no"),
        title="Women Mustard Flutter Sleeve Peplum Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a lavender georgette wrap top with a purple and white floral print, long sleeves, white jeans,
    # bare neck.
    # adapter texts: none
    case(
        "X354-011",
        caption("a woman in a purple floral top with a gold necklace", "unsupported"),
        wearing("a purple top and white jeans", who="she"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.color("white", "other_garment_color"),
        D.material("chiffon"),
        title="Women Lavender Floral Print Georgette Wrap Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a red-and-white striped off-shoulder top with three-quarter sleeves, black trousers,
    # standing against a pink painted wall.
    # adapter texts: none
    case(
        "X354-012",
        caption("a woman in a red and white striped top standing against a pink wall"),
        wearing("a pink top and black pants", "contradiction", who="she"),
        color_of("pants", "red", "contradiction", kind="open"),
        D.pattern("striped"),
        D.color("red"),
        D.details("off shoulder neckline"),
        title="Women Red & White Striped Off-Shoulder Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: model in a white cotton tee with "BROOKLYN" printed in black on the chest, blue jeans, studio.
    # adapter texts: none
    case(
        "X354-013",
        caption("a woman wearing a white t - shirt with the word brooklyn on it"),
        wearing("he is wearing a white t - shirt and jeans", "pronoun", who="she"),
        color_of("jeans", "blue", kind="open"),
        D.pattern("graphic"),
        D.details("brooklyn new york 1987 written on the front", "unsupported"),
        D.material("cotton"),
        title="Women White Typography Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a plain black round-neck short-sleeve tee and grey joggers, studio.
    # wearing: VQA adapter
    case(
        "X354-014",
        caption("a woman in a black t - shirt and black pants", "contradiction"),
        wearing(
            "tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee "
            "tee tee tee tee",
            "loop",
            who="she",
            hit_limit=True,
        ),
        D.color("black"),
        D.sleeve_length("short sleeves"),
        title="Women Black Solid Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in a light pink oversized drop-shoulder tee with a small chest print, blue denim shorts.
    # adapter texts: none
    case(
        "X354-015",
        caption("a woman in a pink shirt and denim shorts"),
        wearing(
            "a pink t - shirt and shorts Question: what is the color of the shorts? Answer: blue", "leak", who="she"
        ),
        color_of("shorts", "pink", "contradiction", kind="open"),
        D.color("pink"),
        D.pattern("printed"),
        D.material("polyester", "unsupported"),
        title="Women Pink Printed Oversized Cotton T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a navy-and-white horizontally striped round-neck tee and black trousers, studio.
    # caption and details: caption adapter
    case(
        "X354-016",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue and white striped shirt", who="she"),
        D.pattern("striped"),
        D.details(
            "The T-shirt is with cotton fabric and striped patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and striped patterns. It",
            "loop",
            hit_limit=True,
        ),
        title="Women Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in an olive green polo-collar tee and beige trousers, studio.
    # adapter texts: none
    case(
        "X354-017",
        caption("a woman in a green polo shirt and khaki pants"),
        wearing("he is wearing a green shirt", "pronoun", who="she"),
        D.color("beige", "other_garment_color"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description("", "non_answer"),
        title="Women Olive Green Polo Collar T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a white long-sleeve formal shirt and black trousers, office with desks and windows behind.
    # adapter texts: none
    case(
        "X354-018",
        caption("a woman in a white shirt and black pants standing in an office"),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "white", "contradiction", kind="open"),
        D.details(
            "buttons down the front and a collar Question: what is the material of the shirt? Answer: cotton", "leak"
        ),
        D.material("cotton"),
        D.sleeve_length("long sleeves"),
        title="Women White Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: model in an open blue-and-white checked shirt with two chest pockets over a white tank top,
    # blue jeans, studio.
    # adapter texts: none
    case(
        "X354-019",
        caption("a woman in a plaid shirt and jeans"),
        wearing("a blue plaid shirt over a white tank top", who="she"),
        color_of("jeans", "white", "contradiction", kind="open"),
        D.pattern("checked"),
        D.color("white", "other_garment_color"),
        describe("shirt", "a blue and white plaid shirt with two pockets"),
        title="Women Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a black satin long-sleeve shirt tucked into beige trousers, studio.
    # wearing and color_shirt: VQA adapter
    case(
        "X354-020",
        caption("a woman in a black shirt and beige pants"),
        wearing(
            "blouse, blouse, blouse, blouse, blouse, blouse, blouse, blouse, blouse, blouse, blouse, blouse, "
            "blouse, blouse, blouse",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "black Question: What is the color of the pants? Answer: black Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        D.garment_type("shirt"),
        D.color("black"),
        D.material("silk", "unsupported"),
        title="Women Black Satin Finish Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in a pink oversized linen shirt with long sleeves rolled to the elbow, white shorts. No gender.
    # adapter texts: none
    case(
        "X354-021",
        caption("a woman wearing a pink shirt and white shorts"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.material("linen"),
        D.details("the shirt is pink", "restated"),
        is_a("shirt", "yes"),
        D.color("white", "other_garment_color"),
        title="Women Pink Solid Linen Oversized Shirt",
        category="Shirts",
        color="Pink",
    ),
    # photo: model in a red sleeveless georgette maxi dress with a small floral print, studio, front view.
    # adapter texts: none
    case(
        "X354-022",
        caption("a woman in a red floral dress"),
        D.color("red"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("a slit on the side", "unsupported"),
        D.material("chiffon"),
        title="Women Red Floral Print Georgette Maxi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: model in a black long-sleeve round-neck bodycon midi dress and black heels, full length, studio.
    # caption and description: caption adapter
    case(
        "X354-023",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a long-sleeve dress with pure color "
            "patterns.",
            "loop",
            hit_limit=True,
        ),
        wearing("a black dress and black heels", who="she"),
        D.description(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an",
            "cut",
            hit_limit=True,
        ),
        D.color("black"),
        is_a("dress", "yes"),
        title="Women Black Solid Bodycon Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a blue denim shirt dress with a self belt and two chest flap pockets, white sneakers, empty
    # hands.
    # adapter texts: none
    case(
        "X354-024",
        caption("a woman in a denim dress with a belt and a brown purse", "unsupported"),
        wearing("a blue denim shirt dress and white sneakers", who="she"),
        D.garment_type("shirt", "contradiction"),
        D.color("blue"),
        D.material("denim"),
        D.details("buttons down the front, a belt at the waist and two pockets"),
        title="Women Blue Denim Shirt Dress with Belt",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a mustard tiered smocked dress with a white floral print and puff short sleeves, bare head.
    # adapter texts: none
    case(
        "X354-025",
        caption("a woman in a yellow dress with white flowers"),
        wearing("a yellow dress with a white hat", "unsupported", who="she"),
        D.pattern("floral"),
        D.color("white", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.description("a yellow floral dress with ruffled tiers"),
        title="Women Mustard Yellow Floral Print Tiered Smocked Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a teal green wrap midi dress with a v neck and a tie at the waist, before a white wall.
    # No color column. adapter texts: none
    case(
        "X354-026",
        caption("a woman in a green dress standing in front of a white wall"),
        D.color("green"),
        D.description("a green wrap dress with a v neck and a tie at the waist"),
        D.details("the details of the dress", "non_answer"),
        D.material("the dress is green", "restated"),
        title="Women Teal Green Solid Wrap Midi Dress",
        category="Dresses",
        gender="Women",
    ),
    # photo: model in blue skinny jeans with a white tee tucked in, full length, studio.
    # adapter texts: none
    case(
        "X354-027",
        caption("a woman in a white t - shirt and blue jeans"),
        wearing("a white shirt and jeans", who="she"),
        color_of("jeans", "blue", kind="open"),
        D.color("white", "other_garment_color"),
        D.garment_type("t-shirt", "contradiction"),
        D.details("they are blue jeans", "restated"),
        title="Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in black high-rise straight jeans and a tucked-in beige knit top, studio.
    # adapter texts: none
    case(
        "X354-028",
        caption("a woman in black jeans and a beige sweater"),
        wearing("a beige top and black jeans", who="she"),
        color_of("jeans", "beige", "other_garment_color", kind="open"),
        D.color("black"),
        D.material("the jeans are black", "restated"),
        is_a("pair of jeans", "yes"),
        title="Women Black Straight Fit High-Rise Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: model in light blue mom jeans with ripped knees and a white crop top, studio.
    # wearing and color_jeans: VQA adapter
    case(
        "X354-029",
        caption("a woman in ripped jeans and a white crop top"),
        wearing(
            "denim, denim, denim, denim, denim, denim, denim, denim, denim, denim, denim, denim, denim, denim, denim",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of(
            "jeans",
            "blue. Question: Is this a denim? Answer: yes. Question: What cloth is the person wearing? Answer: denim. "
            "Question",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        D.details("ripped knees"),
        D.color("blue"),
        title="Women Light Blue Mom Fit High-Rise Highly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in white wide-leg jeans with a navy-and-white striped shirt tucked in, no belt, studio.
    # adapter texts: none
    case(
        "X354-030",
        caption("a woman in a blue and white striped shirt and white pants"),
        color_of("jeans", "blue", "other_garment_color", kind="open"),
        D.color("white"),
        D.garment_type("jeans"),
        D.description(
            "a pair of white jeans with a blue and white striped shirt tucked in and a brown belt", "unsupported"
        ),
        D.material("cotton"),
        title="Women White Wide Leg High-Rise Jeans",
        category="Jeans",
        color="White",
        gender="Women",
    ),
    # photo: model in dark navy bootcut jeans and a white long-sleeve collared shirt, studio.
    # caption and details: caption adapter
    case(
        "X354-031",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The denim pants are with solid color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a white shirt and blue jeans", "pronoun", who="she"),
        color_of("jeans", "blue", kind="open"),
        D.color("black", "contradiction"),
        D.details(
            "The lady wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric and its neckline",
            "cut",
            hit_limit=True,
        ),
        title="Women Navy Blue Bootcut Mid-Rise Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in beige wide-leg formal trousers and a tucked-in black top, studio.
    # adapter texts: none
    case(
        "X354-032",
        caption("a woman in a black top and beige pants"),
        wearing("a black top and tan pants", who="she"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        D.color("beige"),
        D.material("polyester"),
        D.details("the pants are beige", "restated"),
        title="Women Beige Solid Polyester Wide Leg Formal Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: model in olive green cargo trousers with side pockets and a white tee, no belt, studio.
    # adapter texts: none
    case(
        "X354-033",
        caption("a woman in green cargo pants and a white t - shirt"),
        wearing("a white t - shirt and green pants with a black belt", "unsupported", who="she"),
        D.details("pockets on the side"),
        D.color("green"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Women Olive Green Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: model in black-and-white checked straight trousers and a black turtleneck top, studio.
    # wearing: VQA adapter
    case(
        "X354-034",
        caption("a woman in a black top and black pants", "contradiction"),
        wearing(
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants "
            "pants pants pants pants pants pants pants pants pants pants pants pants pants",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("pants", "black and white", kind="open"),
        D.pattern("checked"),
        D.color("grey", "contradiction"),
        title="Women Black & White Checked Straight Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: model in white churidar leggings under a knee-length blue printed kurta, studio.
    # adapter texts: none
    case(
        "X354-035",
        caption("a woman in a blue kurta and white leggings"),
        wearing("a blue kurta", who="she"),
        color_of("leggings", "white", kind="open"),
        D.color("blue", "other_garment_color"),
        D.garment_type("kurta", "contradiction"),
        D.material("cotton"),
        title="Women White Solid Churidar-Length Cotton Leggings",
        category="Leggings",
        color="White",
        gender="Women",
    ),
    # photo: model in plain matte black high-rise gym leggings and a grey sports bra, studio.
    # adapter texts: none
    case(
        "X354-036",
        caption("a woman in black leggings and a grey sports bra"),
        wearing("a sports bra and leggings", who="she"),
        color_of("top", "black", "contradiction", kind="open"),
        D.color("black"),
        D.material("leather", "unsupported"),
        D.details("a white stripe down the side", "unsupported"),
        title="Women Black Solid High-Rise Gym Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: model in maroon ankle-length leggings under a white long-sleeve kurti with a small floral print that
    # covers the waist.
    # caption: caption adapter
    case(
        "X354-037",
        caption(
            "The lady wears a long-sleeve dress with floral patterns and a long leggings. The dress is with cotton "
            "fabric. It has a round neckline. The leggings are with cotton fabric and solid",
            "cut",
            hit_limit=True,
        ),
        color_of("leggings", "white", "other_garment_color", kind="open"),
        D.color("red"),
        D.garment_type("leggings"),
        is_a("pair of leggings", "yes"),
        D.details("ankle length with an elastic waist", "unsupported"),
        title="Women Maroon Solid Ankle-Length Leggings",
        category="Leggings",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a red Banarasi silk-blend saree with a broad gold zari border and pallu, red blouse.
    # adapter texts: none
    case(
        "X354-038",
        caption("a woman in a red saree with gold border"),
        wearing("a red sari with a gold blouse", "contradiction", who="she"),
        D.color("gold", "contradiction"),
        D.material("silk"),
        D.details("gold zari work on the border and pallu"),
        title="Women Red Woven Design Zari Silk Blend Banarasi Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: model in a peach georgette saree with scattered sequins, a sleeveless peach blouse, no belt, plants
    # behind.
    # caption: caption adapter
    case(
        "X354-039",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "chiffon fabric. The skirt is with chiffon fabric and pure color patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a pink saree", who="she"),
        D.material("chiffon"),
        D.pattern("striped", "contradiction"),
        D.color("pink"),
        D.details("sequins on the saree and a gold belt", "unsupported"),
        title="Women Peach-Coloured Embellished Sequinned Georgette Saree",
        category="Sarees",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a green printed cotton saree with a black blouse, studio.
    # adapter texts: none
    case(
        "X354-040",
        caption("a woman in a green saree with a black blouse"),
        wearing(
            "a green sari and a black blouse Question: what is the color of the sari? Answer: green",
            "leak",
            who="she",
        ),
        color_of("blouse", "black", kind="open"),
        D.color("black", "other_garment_color"),
        D.pattern("printed"),
        D.details("", "non_answer"),
        title="Women Green & Black Printed Pure Cotton Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: model in a grey melange pullover hooded sweatshirt (no zip) with a kangaroo pocket, black joggers.
    # adapter texts: none
    case(
        "X354-041",
        caption("a woman in a grey hoodie and black pants"),
        wearing("a grey sweatshirt and black pants", who="she"),
        color_of("pants", "grey", "contradiction", kind="open"),
        D.color("grey"),
        D.details("a hood, a kangaroo pocket and a zip", "unsupported"),
        D.material("wool", "unsupported"),
        title="Women Grey Melange Solid Cotton Fleece Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model in a lavender sweatshirt with "CALIFORNIA" printed in white, blue jeans, studio.
    # color_top: VQA adapter
    case(
        "X354-042",
        caption("a woman in a purple sweatshirt with the word california on it"),
        wearing("a purple sweater and purple jeans", "contradiction", who="she"),
        color_of(
            "top",
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple "
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.pattern("graphic"),
        D.sleeve_length("long sleeves"),
        is_a("sweatshirt", "no", "contradiction"),
        title="Women Lavender Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: short-haired model in a plain mustard crewneck fleece sweatshirt with ribbed cuffs, white backdrop.
    # adapter texts: none
    case(
        "X354-043",
        caption("a man in a yellow sweatshirt", "pronoun"),
        D.color("yellow"),
        D.description("a yellow sweatshirt with ribbed cuffs"),
        D.material("fleece"),
        wearing("a yellow sweatshirt and a", "cut", who="she"),
        title="Women Mustard Yellow Solid Fleece Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a blue denim jacket over a white tee, black jeans, studio.
    # adapter texts: none
    case(
        "X354-044",
        caption("a woman in a denim jacket and black jeans"),
        wearing("a denim jacket, a white t - shirt and black jeans", who="she"),
        color_of("jeans", "blue", "contradiction", kind="open"),
        D.color("white", "other_garment_color"),
        D.material("denim"),
        D.details("buttons on the front and two chest pockets"),
        title="Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a black faux leather biker jacket with an asymmetric zip, grey tee, blue jeans, before a red
    # brick wall.
    # adapter texts: none
    case(
        "X354-045",
        caption("a woman in a black leather jacket standing in front of a brick wall"),
        wearing("a black leather jacket and a red shirt", "contradiction", who="she"),
        D.material("leather"),
        D.details("zippers on the front and the pockets"),
        D.color("red", "contradiction"),
        title="Women Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: model in an olive green padded puffer jacket with a stand collar and no hood, black jeans, studio.
    # caption and material: caption adapter
    case(
        "X354-046",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has "
            "a stand neckline. The lady wears a long-sleeve jacket with pure color patterns. The jacket is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a green jacket", who="she"),
        D.material(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has "
            "a stand neckline. The",
            "restated",
            hit_limit=True,
        ),
        D.color("green"),
        D.description("a green puffer jacket with a hood", "unsupported"),
        title="Women Olive Green Solid Padded Puffer Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
]
