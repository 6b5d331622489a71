"""BLIND_640 (46 products; old Myntra feed, VQA adapter, default questions): written blind in the fifty-third session.
Measured blind at c4a3a37 (the session's eleventh rules): 104/112 failures found (92.9%) and 12/153 correct texts
flagged (7.8%). The writer's notes, verbatim:

Scenario: the older Myntra feed of the shared photos' kind, with short product names ("Roxy Women Yellow Top"):
women's dresses, tops and jeans, and kids' t-shirts (Boys and Girls). Catalog shots on a white backdrop, the model
wearing other clothes with the product (a tee with the jeans, jeans or trousers with the top, shorts with the kids'
tees), sometimes a bag, belt or shoes in view. Seven rows of this feed have no base colour at all; one row carries a
seller colour (Magenta) that the photo and the title (Purple) do not bear out.

Who wrote what: every text comes from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on blip2-opt-2.7b) run with
enrich's default questionnaire. Captions are its free generation with the caption prompt (50 new tokens); open
answers (wearing, description, details, material) are free generation with the `Question: ... Answer:` prompt
(30 new tokens); the closed questions (garment_type, color, pattern, sleeve_length) come from `--engine reference`,
which ranks the candidate values with the same adapter and keeps one. Habits of this adapter: lowercase, short
"a <color> <garment>" answers, BLIP's "t - shirt" and "v - neck" spacing in captions; trained without an end token,
so a long answer either loops on a phrase or runs on to the limit and is cut; trained on unmasked prompts, so it
sometimes writes the `Question: ... Answer:` frame itself; it reads the largest or most saturated color in the frame,
so the jeans' or the tee's color lands on the product; it invents zips, pockets, logos and fabrics.

Labeling conventions and judgement calls:
- Each text carries one label, the failure a reader would notice first. A text that runs to the token limit while
  repeating a phrase is a loop; one that runs to the limit mid-phrase without repeating is a cut (hit_limit=True for
  both, and for leaks that go on to the limit). One cut stopped short of the limit (hit_limit=False).
- Colors are judged against the photo first, at the coarse level of the README's color groups: maroon may be "red",
  cream and off-white may be "white", grey melange "grey", navy "blue", teal "blue" or "green", rust "orange".
  Where the seller's colour disagrees with the photo (X640-031, Magenta row, purple frock, title says Purple), an
  answer that matches the photo is correct.
- A wrong color that belongs to another item in the photo (jeans, tee, shorts, belt, bag) is other_garment_color;
  a wrong color that nothing in the photo has, a print's color given as the garment's ground color, a wrong garment
  type, a wrong pattern or sleeve length is contradiction. A pattern answer that describes the other garment
  (checked for the jeans worn with a check shirt) is contradiction, not other_garment_color.
- Calling a tee-shaped item of seller category Tops a "t-shirt" is correct; calling a shirt dress "a striped shirt"
  or a blouse tucked into a pencil skirt "a white dress" is contradiction.
- Material: "denim" for jeans and "cotton" for tees and jersey tank tops are accepted, as is a fabric the photo
  shows (the tulle of a net skirt) or the title names (cotton). A fiber the photo cannot show and the title does not
  name (silk, linen, wool, leather, velvet, polyester for a woven top) is unsupported.
- A zip, pocket, logo, slit, rip, trim, hat or dupatta that the photo does not show is unsupported.
- A one-word color or garment answer to "Describe the garment.", "yes"/"no"/"none"/an empty string to an open
  question, and "they are jeans" for the jeans' details are non_answer. Echoing the question's own words ("the
  details of the garment are the details of the jeans", "the garment is a garment", the question text written out
  before an answer without the Question:/Answer: frame) is restated. A single garment-and-color phrase to the
  wearing question ("a pink dress") is a full answer.
- "he"/"she", "boy"/"girl" and "man"/"woman" that contradict the row's gender are pronoun; "the person" and
  "a child" are never wrong.
- Closed answers never loop or stop short; they fail only by picking a wrong value.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS, caption, case

Q = DEFAULT_QUESTIONS

BLIND_640 = [
    # photo: woman in a royal-blue sleeveless knee-length skater dress with a small white floral print, round neck,
    # nude heels, white backdrop, front view; VQA adapter wrote all texts, closed answers by the reference engine
    case(
        "X640-001",
        caption("a woman in a blue floral dress standing on a white background"),
        Q.wearing("a blue dress with white flowers"),
        Q.color("blue"),
        Q.sleeve_length("short", "contradiction"),
        Q.details("the dress has a round neck and a zipper at the back and a belt at the waist", "unsupported"),
        title="Tokyo Talkies Women Printed Blue Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a maroon long-sleeve jersey top with a scoop neck, light-blue skinny jeans, one hand in a pocket,
    # white backdrop, front view; VQA adapter wrote all texts
    case(
        "X640-002",
        caption("a woman wearing a red top and blue jeans"),
        Q.wearing("a maroon top and blue jeans"),
        Q.color("blue", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.description("the top is a maroon top with long sleeves and a scoop neck"),
        Q.details(
            "long sleeves, long sleeves, long sleeves, long sleeves, long sleeves, long sleeves, long sleeves, long",
            "loop",
            hit_limit=True,
        ),
        title="s.Oliver Women Solid Maroon Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: woman in black skinny low-rise jeans with a white sleeveless tank top and black ankle boots, white
    # backdrop, full-length front view; VQA adapter wrote all texts
    case(
        "X640-003",
        caption("a woman wearing a white top and black jeans"),
        Q.wearing("a white tank top and black jeans"),
        Q.color("white", "other_garment_color"),
        Q.description("the jeans are black skinny jeans with a low waist"),
        Q.details("Question: What are the details of the garment? Answer: the jeans have five pockets", "leak"),
        Q.material("denim"),
        title="Flying Machine Women Lowrise Black Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: boy in a yellow short-sleeve crew-neck tee with a large Chhota Bheem cartoon print on the chest, navy
    # shorts, white backdrop, front view; VQA adapter wrote all texts
    case(
        "X640-004",
        caption("a young boy wearing a yellow t - shirt with a cartoon character on it"),
        Q.wearing("she is wearing a yellow t-shirt and blue shorts", "pronoun"),
        Q.garment_type("t-shirt"),
        Q.color("yellow"),
        Q.details("a cartoon print on the front"),
        title="Chhota Bheem Kids Boys Bheem Yellow Tshirt",
        category="Tshirts",
        color="Yellow",
        gender="Boys",
    ),
    # photo: girl in a plain pink sleeveless party frock, satin bodice, flared tulle skirt, a pink bow at the waist,
    # white sandals, white backdrop; VQA adapter wrote all texts
    case(
        "X640-005",
        caption("a little girl in a pink dress with a bow"),
        Q.wearing("a pink dress"),
        Q.color("pink"),
        Q.description(
            "a pink dress with a bow on the waist and a pink dress with a bow on the waist and a pink dress with a bow",
            "loop",
            hit_limit=True,
        ),
        Q.details("the dress has sequins on the bodice", "unsupported"),
        Q.material("tulle"),
        title="Doodle Kids Girls Party Frock Pink Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: woman in a beige short-sleeve tunic top with a small brown paisley block print, mandarin collar, short
    # button placket, black leggings, white backdrop, front view; VQA adapter wrote all texts
    case(
        "X640-006",
        caption("a woman wearing a beige top and black pants"),
        Q.wearing("a black top and black pants", "other_garment_color"),
        Q.garment_type("top"),
        Q.color("beige"),
        Q.pattern("striped", "contradiction"),
        Q.details(
            "the top has a mandarin collar, short sleeves, a printed pattern all over and a button placket at the "
            "front with three buttons and two side slits at the",
            "cut",
            hit_limit=True,
        ),
        title="Mother Earth Women Printed Beige Top",
        category="Tops",
        color="Beige",
        gender="Women",
    ),
    # photo: woman in mid-blue washed skinny jeans with whiskering at the hips, a grey marl tee tucked in, white
    # sneakers, white backdrop, front view; VQA adapter wrote all texts
    case(
        "X640-007",
        caption("a woman in blue jeans and a grey t - shirt"),
        Q.wearing("blue jeans and a grey shirt"),
        Q.color("grey", "other_garment_color"),
        Q.description("blue", "non_answer"),
        Q.details("the jeans are ripped at the knees", "unsupported"),
        Q.material("denim"),
        title="Spykar Women Washed Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: girl in a light pink short-sleeve tee with a silver glitter heart print, blue denim shorts, white
    # backdrop; no colour in the row; VQA adapter wrote all texts
    case(
        "X640-008",
        caption("a girl wearing a pink t - shirt with a heart on it"),
        Q.wearing("a pink shirt and blue shorts"),
        Q.color("white", "contradiction"),
        Q.pattern("graphic"),
        Q.details(
            "a heart on the front of the shirt Question: What is the color of the heart? Answer: silver Question: "
            "What is the color of the shorts? Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Gini & Jony Girls Heart Tshirt",
        category="Tshirts",
        gender="Girls",
    ),
    # photo: woman in a plain black bodycon midi dress, three-quarter sleeves, round neck, black heels, white
    # backdrop, three-quarter side view; VQA adapter wrote all texts
    case(
        "X640-009",
        caption("a woman in a black dress posing for a picture"),
        Q.wearing("the person is wearing a garment", "restated"),
        Q.color("black"),
        Q.description("a black dress with a slit on the side and a lace trim at the hem", "unsupported"),
        Q.material("leather", "unsupported"),
        title="Vero Moda Women Black Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: woman in an off-white sleeveless blouse with a tie bow at the neck, tucked into a navy pencil skirt,
    # white backdrop, front view; VQA adapter wrote all texts
    case(
        "X640-010",
        caption("a woman wearing a white blouse and a blue skirt"),
        Q.wearing("a white dress", "contradiction"),
        Q.garment_type("top"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("the garment is a white top with a bow at the neck"),
        title="Arrow Woman Bow Off White Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: girl in washed black jeans, a pink long-sleeve tee with a butterfly print, white backdrop, front view;
    # VQA adapter wrote all texts
    case(
        "X640-011",
        caption("a little girl wearing a pink shirt and black pants"),
        Q.wearing("a pink top and black jeans"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("pink", "other_garment_color"),
        Q.description("he is wearing a pair of black jeans", "pronoun"),
        Q.material("denim"),
        title="Palm Tree Kids Girl Washed Black Jeans",
        category="Jeans",
        color="Black",
        gender="Girls",
    ),
    # photo: boy in a navy and white horizontal-striped short-sleeve tee with a red trim at the collar, beige chino
    # shorts, white backdrop; VQA adapter wrote all texts
    case(
        "X640-012",
        caption("a boy wearing a blue and white striped shirt"),
        Q.wearing("a striped shirt and khaki shorts"),
        Q.color("blue"),
        Q.description("a blue t-shirt with white stripes and a red collar"),
        Q.details(
            "the stripes are blue and white and the stripes are blue and white and the stripes are blue and white and",
            "loop",
            hit_limit=True,
        ),
        Q.material("the material of the garment", "restated"),
        title="Ant Kids Boys Striped Navy Tshirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: woman in a white maxi dress with a red and orange floral print, short flutter sleeves, v-neck, tan
    # sandals, white backdrop, empty hands; no colour in the row; VQA adapter wrote all texts
    case(
        "X640-013",
        caption("a woman in a white floral dress holding a straw hat", "unsupported"),
        Q.wearing("a floral dress"),
        Q.color("white"),
        Q.pattern("floral"),
        Q.description("a long white dress with a floral print and a v - neck"),
        title="Mango Women Floral Maxi Dress",
        category="Dresses",
        gender="Women",
    ),
    # photo: woman in a grey marl short-sleeve tee-shaped top with a black "PARIS" text and Eiffel tower print, black
    # jeans, white backdrop, front view; VQA adapter wrote all texts
    case(
        "X640-014",
        caption("a woman wearing a grey shirt with the word paris on it"),
        Q.wearing("a grey t-shirt and black pants"),
        Q.color("black", "other_garment_color"),
        Q.pattern("graphic"),
        Q.details("the shirt has a picture of the eiffel tower on it"),
        Q.material("wool", "unsupported"),
        title="Tokyo Talkies Women Printed Grey Top",
        category="Tops",
        color="Grey",
        gender="Women",
    ),
    # photo: boy in a rust-orange short-sleeve tee with a Bheem-and-friends print, blue denim shorts, white backdrop;
    # VQA adapter wrote all texts
    case(
        "X640-015",
        caption(
            "a young boy wearing an orange shirt with a picture of a boy on it and a pair of blue shorts and a pair "
            "of blue shorts and a pair of blue shorts and a pair of",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a blue shirt and blue shorts", "other_garment_color"),
        Q.color("orange"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        title="Chhota Bheem Kids Boys Rust Tshirt",
        category="Tshirts",
        color="Rust",
        gender="Boys",
    ),
    # photo: woman in a plain red short-sleeve skater dress with a thin black belt at the waist, black heels, white
    # backdrop, front view; VQA adapter wrote all texts
    case(
        "X640-016",
        caption("a woman in a red dress with a black belt"),
        Q.wearing("she is wearing a red dress with a black belt"),
        Q.color("black", "other_garment_color"),
        Q.description("a red dress with a black belt and a lace back", "unsupported"),
        Q.details("the dress has a black belt"),
        title="Only Women Red Skater Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: woman in dark indigo straight-leg jeans, a fitted black long-sleeve top, brown leather belt, white
    # backdrop, front view; VQA adapter wrote all texts
    case(
        "X640-017",
        caption("a woman in a black top and blue jeans"),
        Q.wearing("a black shirt and black jeans", "other_garment_color"),
        Q.color("blue"),
        Q.description("the jeans are dark blue with a brown belt"),
        Q.details("they are jeans", "non_answer"),
        Q.material("denim"),
        title="Wrangler Women Blue Custom Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a plain red jersey tank top with thin straps, white shorts, white backdrop, front view; VQA
    # adapter wrote all texts
    case(
        "X640-018",
        caption("a woman in a pink tank top and white shorts", "contradiction"),
        Q.wearing("he is wearing a red tank top and white shorts", "pronoun"),
        Q.color("red"),
        Q.description("top", "non_answer"),
        Q.material("cotton"),
        title="United Colors of Benetton Women Solid Red Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: girl in a purple short-sleeve tee with a white printed bunny, white leggings, white backdrop; VQA adapter
    # wrote all texts
    case(
        "X640-019",
        caption("a girl in a purple shirt and white pants"),
        Q.wearing("a purple t-shirt with a rabbit on it"),
        Q.color("purple"),
        Q.pattern("solid", "contradiction"),
        Q.description(
            "a purple t-shirt with a white bunny on the front of the shirt and a white bunny on the front of the shirt"
            " and a white bunny on",
            "loop",
            hit_limit=True,
        ),
        Q.details("Answer: a bunny", "leak"),
        title="Doodle Kids Girls Purple Tshirt",
        category="Tshirts",
        color="Purple",
        gender="Girls",
    ),
    # photo: woman in a navy sleeveless knee-length shift dress with white polka dots, round neck, red heels, white
    # backdrop; VQA adapter wrote all texts
    case(
        "X640-020",
        caption("a woman in a blue polka dot dress"),
        Q.wearing("a navy blue dress with white polka dots"),
        Q.color("white", "contradiction"),
        Q.pattern("polka dot"),
        Q.sleeve_length("sleeveless"),
        Q.details(
            "the dress has white polka dots, a round neck, no sleeves and a straight cut that falls to the knee and "
            "the dress is navy blue with white polka dots all over the",
            "cut",
            hit_limit=True,
        ),
        title="Jealous 21 Women Navy Blue Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a mustard-yellow top with short ruffled sleeves, plain back not shown, white jeans, white
    # backdrop, front view; VQA adapter wrote all texts
    case(
        "X640-021",
        caption("a woman wearing a yellow top and white jeans"),
        Q.wearing("a yellow shirt"),
        Q.color("white", "other_garment_color"),
        Q.description("the top is yellow with ruffled sleeves"),
        Q.details("the top has buttons on the back", "unsupported"),
        Q.material(
            "cotton Question: What is the color of the pants? Answer: white Question: What is the color of the top? "
            "Answer: yellow Question:",
            "leak",
            hit_limit=True,
        ),
        title="Roxy Women Yellow Top",
        category="Tops",
        color="Yellow",
        gender="Women",
    ),
    # photo: woman in light grey skinny jeans, a white button-down shirt, black flats, white backdrop; VQA adapter
    # wrote all texts
    case(
        "X640-022",
        caption("a woman wearing a white shirt and grey jeans"),
        Q.wearing("a white shirt and white pants", "other_garment_color"),
        Q.garment_type("jeans"),
        Q.color("grey"),
        Q.description("grey skinny jeans"),
        Q.details("the details of the garment are the details of the jeans", "restated"),
        title="Lee Women Skinny Grey Jeans",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: boy in a green polo t-shirt with a two-button placket and collar, a small embroidered logo on the chest,
    # grey track pants, white backdrop; VQA adapter wrote all texts
    case(
        "X640-023",
        caption("a boy in a green polo shirt"),
        Q.wearing("a green shirt and grey pants"),
        Q.color("grey", "other_garment_color"),
        Q.description("a green polo shirt with long sleeves", "contradiction"),
        Q.details("yes", "non_answer"),
        Q.material("cotton"),
        title="Gini & Jony Boys Green Polo Tshirt",
        category="Tshirts",
        color="Green",
        gender="Boys",
    ),
    # photo: woman in an olive-green A-line midi dress with a small white and mustard ethnic print, three-quarter
    # sleeves, keyhole neck, gold jhumka earrings, no dupatta, white backdrop; VQA adapter wrote all texts
    case(
        "X640-024",
        caption("a woman in a green dress with a white and yellow print"),
        Q.wearing("he is wearing a green dress", "pronoun"),
        Q.color("green"),
        Q.pattern("printed"),
        Q.description("a green dress with a print and a matching dupatta", "unsupported"),
        Q.details(
            "the dress has a keyhole neckline and three quarter sleeves with a printed pattern of small flowers and "
            "dots in white and yellow on a green background with a",
            "cut",
            hit_limit=True,
        ),
        title="Biba Women Printed Green Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: woman in a navy and white breton-striped long-sleeve boat-neck top, red cropped trousers, white
    # backdrop; VQA adapter wrote all texts
    case(
        "X640-025",
        caption("a man in a striped shirt and red pants", "pronoun"),
        Q.wearing("a red shirt and red pants", "other_garment_color"),
        Q.color("blue"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a navy and white striped top with long sleeves"),
        Q.details("the top has a boat neck"),
        title="Only Women Striped Navy Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: girl in a white short-sleeve tee with a multicolor rainbow print and a sequin star, blue denim skirt,
    # white backdrop; VQA adapter wrote all texts
    case(
        "X640-026",
        caption("a little girl wearing a white shirt with a rainbow on it"),
        Q.wearing("a white shirt and a blue skirt"),
        Q.color("blue", "other_garment_color"),
        Q.description("white", "non_answer"),
        Q.details("Answer: a rainbow print", "leak"),
        Q.material("cotton"),
        title="Palm Tree Girls Printed White Tshirt",
        category="Tshirts",
        color="White",
        gender="Girls",
    ),
    # photo: woman in a plain teal sleeveless halter-neck maxi dress, silver sandals, white backdrop; no colour in the
    # row; VQA adapter wrote all texts
    case(
        "X640-027",
        caption("a woman in a long blue dress"),
        Q.wearing("a long green dress"),
        Q.color("blue"),
        Q.description(
            "a long dress with a halter neck and a long dress with a halter neck and a long dress with a halter neck",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        title="Harpa Women Maxi Dress",
        category="Dresses",
        gender="Women",
    ),
    # photo: woman in medium-blue bootcut jeans, a beige knit sweater tucked in, brown boots, hands in her pockets,
    # legs crossed, white backdrop; VQA adapter wrote all texts
    case(
        "X640-028",
        caption(
            "a woman wearing a beige sweater and blue jeans standing in front of a white wall with her hands in her "
            "pockets and her legs crossed and a pair of brown boots on her feet and the",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a sweater and jeans"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("blue"),
        Q.details(
            "the jeans are bootcut and have a wide leg at the bottom and are worn with a pair of brown boots and a "
            "beige sweater tucked into the",
            "cut",
            hit_limit=True,
        ),
        Q.material("denim"),
        title="Levis Women Bootcut Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a plain lavender cap-sleeve round-neck top with a pleated front panel, white trousers, white
    # backdrop; VQA adapter wrote all texts
    case(
        "X640-029",
        caption("a woman in a purple top and white pants"),
        Q.wearing("a purple shirt and white pants"),
        Q.color("pink", "contradiction"),
        Q.sleeve_length("short"),
        Q.description("the garment is a garment", "restated"),
        Q.details(
            "a pleated front, a pleated front, a pleated front, a pleated front, a pleated front, a pleated front, a",
            "loop",
            hit_limit=True,
        ),
        title="s.Oliver Women Solid Lavender Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: boy in a black short-sleeve tee with white "CHAMPION" lettering and a gold star, khaki cargo shorts, white
    # backdrop; no colour in the row; VQA adapter wrote all texts
    case(
        "X640-030",
        caption("a boy wearing a black shirt with the word champion on it"),
        Q.wearing("a black t-shirt and khaki shorts"),
        Q.color("black"),
        Q.sleeve_length("long", "contradiction"),
        Q.details("the word champion in white letters and a star"),
        Q.material("the garment is made of the material", "restated"),
        title="Ant Kids Boys Champion Tshirt",
        category="Tshirts",
        gender="Boys",
    ),
    # photo: girl in a purple (violet) party frock, layered net skirt, short puff sleeves, a silver sequin band at the
    # waist, no pockets, white backdrop; seller colour says Magenta, title Purple; VQA adapter wrote all texts
    case(
        "X640-031",
        caption("a little girl in a purple dress"),
        Q.wearing("a purple dress with a silver belt"),
        Q.color("purple"),
        Q.description("she is wearing a purple dress with puffy sleeves and a net skirt"),
        Q.details("the dress has a zipper on the side and pockets", "unsupported"),
        title="Doodle Kids Girls Party Frock Purple Dress",
        category="Dresses",
        color="Magenta",
        gender="Girls",
    ),
    # photo: woman in a pink short-sleeve woven top with a black bird print, black skinny jeans, white backdrop; VQA
    # adapter wrote all texts
    case(
        "X640-032",
        caption("a woman wearing a pink shirt with birds on it"),
        Q.wearing(
            "a pink shirt and black jeans Question: What is the color of the shirt? Answer: pink Question: What is "
            "the color of the jeans? Answer: black",
            "leak",
            hit_limit=True,
        ),
        Q.color("pink"),
        Q.details("a pink top with black birds printed all over"),
        Q.material("polyester", "unsupported"),
        title="Tokyo Talkies Women Printed Pink Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in light-blue slim jeans with a frayed raw hem at the ankle, a black-and-white striped tee, white
    # sneakers, white backdrop; no colour in the row; VQA adapter wrote all texts
    case(
        "X640-033",
        caption(
            "a woman wearing a striped shirt and blue jeans Question: What is the woman wearing? Answer: a striped "
            "shirt and blue jeans Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        Q.wearing("a striped shirt and blue jeans"),
        Q.color("black", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        Q.description("light blue jeans with a frayed hem"),
        Q.material("denim"),
        title="Mango Women Slim Jeans",
        category="Jeans",
        gender="Women",
    ),
    # photo: woman in a plain maroon knee-length wrap dress, long sleeves, v-neck, a self tie at the waist, nude heels,
    # white backdrop; VQA adapter wrote all texts
    case(
        "X640-034",
        caption("a woman in a maroon wrap dress with long sleeves"),
        Q.wearing("a purple dress", "contradiction"),
        Q.color("red"),
        Q.description("a dress with a v - neck and long sleeves"),
        Q.details(
            "the dress has a tie at the waist and a tie at the waist and a tie at the waist and a tie at the waist and",
            "loop",
            hit_limit=True,
        ),
        Q.material("velvet", "unsupported"),
        title="Vero Moda Women Maroon Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: girl in a red short-sleeve tee with a white Minnie Mouse print, navy leggings, white backdrop; VQA adapter
    # wrote all texts
    case(
        "X640-035",
        caption("a little girl wearing a red t - shirt with minnie mouse on it"),
        Q.wearing("he is wearing a red shirt and blue pants", "pronoun"),
        Q.color("red"),
        Q.pattern("graphic"),
        Q.description("the garment is a garment with a garment", "restated"),
        Q.material("wool", "unsupported"),
        title="Gini & Jony Girls Red Tshirt",
        category="Tshirts",
        color="Red",
        gender="Girls",
    ),
    # photo: woman in a cream sleeveless round-neck top with a black zebra-stripe print, tucked into black trousers,
    # hands on hips, hair in a ponytail, no zip in view, white backdrop; VQA adapter wrote all texts
    case(
        "X640-036",
        caption(
            "a woman wearing a white and black zebra print top and black pants standing in front of a white "
            "background with her hands on her hips and her hair in a",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a zebra print top and black pants"),
        Q.color("white"),
        Q.pattern("printed"),
        Q.description("a sleeveless top with a zebra print and a gold zip at the back", "unsupported"),
        Q.details("Question: What are the details of the garment? Answer: the top has a zebra print", "leak"),
        title="Arrow Women Zebra Cream Top",
        category="Tops",
        color="Cream",
        gender="Women",
    ),
    # photo: woman in distressed mid-blue boyfriend jeans with ripped knees and rolled cuffs, a white tank top, an open
    # grey cardigan, white backdrop; VQA adapter wrote all texts
    case(
        "X640-037",
        caption("a woman wearing a grey cardigan and ripped jeans"),
        Q.wearing("a white tank top, a grey cardigan and blue jeans"),
        Q.color("grey", "other_garment_color"),
        Q.description("the jeans are ripped at the knees and the cuffs are rolled up"),
        Q.details("no", "non_answer"),
        Q.material("denim"),
        title="Spykar Women Ep Jeans Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: boy in a sky-blue short-sleeve tee with a Bheem cartoon print, red shorts, white backdrop; VQA adapter
    # wrote all texts
    case(
        "X640-038",
        caption("a boy in a blue t - shirt with a cartoon on it and red shorts"),
        Q.wearing("a red shirt and red shorts", "other_garment_color"),
        Q.color("blue"),
        Q.pattern("graphic"),
        Q.description(
            "the t-shirt is blue with a picture of a cartoon boy on the front and the t-shirt is blue with a picture"
            " of a cartoon boy on the front and",
            "loop",
            hit_limit=True,
        ),
        Q.details("unknown", "non_answer"),
        title="Chhota Bheem Kids Boys Blue Tshirt",
        category="Tshirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: woman in a white and black vertical-striped shirt dress, short sleeves, collar, button front, matching
    # fabric belt, white sneakers, white backdrop; VQA adapter wrote all texts
    case(
        "X640-039",
        caption("a woman in a black and white striped dress"),
        Q.wearing("a striped shirt", "contradiction"),
        Q.color("white"),
        Q.details("the dress has buttons down the front and a collar and a matching belt"),
        Q.material("linen", "unsupported"),
        title="Mango Women Striped Shirt Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: woman in a plain coral-orange short-sleeve peplum top, round neck, blue jeans, white backdrop; no colour
    # in the row; VQA adapter wrote all texts
    case(
        "X640-040",
        caption("a woman wearing an orange top and jeans"),
        Q.wearing("a blue top and blue jeans", "other_garment_color"),
        Q.color("orange"),
        Q.sleeve_length("short"),
        Q.description("an orange peplum top with short sleeves and a flared hem at the waist"),
        Q.details(
            "the top has a peplum that flares out from the waist and short sleeves and a round neck and it is worn "
            "with blue jeans and the top is",
            "cut",
            hit_limit=True,
        ),
        Q.material("", "non_answer"),
        title="Only Women Peplum Top",
        category="Tops",
        gender="Women",
    ),
    # photo: boy in a plain grey melange crew-neck short-sleeve tee, no logo, dark blue jeans, white backdrop; VQA
    # adapter wrote all texts
    case(
        "X640-041",
        caption("a young girl wearing a grey shirt and blue jeans", "pronoun"),
        Q.wearing("a grey t-shirt and jeans"),
        Q.garment_type("t-shirt"),
        Q.color("blue", "other_garment_color"),
        Q.details("the t-shirt has a logo on the chest", "unsupported"),
        Q.material("cotton"),
        title="Ant Kids Boys Solid Grey Tshirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: woman in a yellow sleeveless skater dress with small white daisies, a brown sling bag on her shoulder,
    # white backdrop; VQA adapter wrote all texts
    case(
        "X640-042",
        caption("a woman in a yellow dress with a brown bag"),
        Q.wearing("a yellow dress and a brown purse"),
        Q.color("brown", "other_garment_color"),
        Q.pattern("floral"),
        Q.description(
            "a yellow dress with white flowers and white flowers and white flowers and white flowers and white flowers"
            " and white",
            "loop",
            hit_limit=True,
        ),
        Q.details("the dress is", "cut"),
        title="Tokyo Talkies Women Yellow Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: woman in faded black straight jeans, a red and black check flannel shirt, black boots, white backdrop;
    # VQA adapter wrote all texts
    case(
        "X640-043",
        caption("a woman in a red and black plaid shirt and black jeans"),
        Q.wearing("a red shirt and red jeans", "other_garment_color"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("black"),
        Q.pattern("checked", "contradiction"),
        Q.description("she is wearing black jeans with a red plaid shirt"),
        Q.details("", "non_answer"),
        Q.material("denim"),
        title="United Colors of Benetton Women Washed Black Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a maroon and cream vertical-striped three-quarter-sleeve top, white palazzo pants, white
    # backdrop; VQA adapter wrote all texts
    case(
        "X640-044",
        caption(
            "a woman in a red and white striped shirt and white pants and a woman in a red and white striped shirt "
            "and white pants and a woman in a red and white striped shirt",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a striped top and white pants"),
        Q.color("red"),
        Q.details("vertical stripes"),
        Q.material("silk", "unsupported"),
        title="Mother Earth Women Stripes Maroon Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: girl in a lemon-yellow short-sleeve tee with a frill hem and a printed butterfly, pink shorts, white
    # backdrop; no colour in the row; VQA adapter wrote all texts
    case(
        "X640-045",
        caption("a little girl in a yellow shirt and pink shorts"),
        Q.wearing("a yellow shirt with a butterfly"),
        Q.color("pink", "other_garment_color"),
        Q.pattern("graphic"),
        Q.description("Describe the garment. the garment is a yellow t-shirt with a butterfly", "restated"),
        Q.material("none", "non_answer"),
        title="Palm Tree Girls Butterfly Tshirt",
        category="Tshirts",
        gender="Girls",
    ),
    # photo: woman in an indigo calf-length dress with a white block print, long sleeves, mandarin collar, short
    # placket with white buttons, holding a white clutch, white backdrop; VQA adapter wrote all texts
    case(
        "X640-046",
        caption("a woman in a blue dress holding a white purse"),
        Q.wearing("a blue dress"),
        Q.color("blue"),
        Q.description(
            "the dress is blue with a white print and long sleeves and it has a mandarin collar and a short placket "
            "with white buttons and the hem falls to the middle of the",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Libas Women Blue Printed Cotton Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
]
