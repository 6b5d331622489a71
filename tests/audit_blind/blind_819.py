"""BLIND_819 (46 products; Myntra lingerie & nightwear, base model zero-shot): written blind in the fifty-sixth session.
Measured blind at ceb377f (the session's first rules): 117/141 failures found (83.0%) and 22/206 correct texts flagged
(10.7%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of lingerie, nightwear and loungewear (bras, camisoles, night suits, nightdresses,
robes, baby dolls, lounge pants, shorts and t-shirts, briefs, boxers, vests, shapewear, lingerie sets). Most photos
are catalog shots on a white or light grey backdrop, worn by a model who also wears other garments (jeans or
leggings under a bra, a t-shirt over lounge pants, an open shirt over a bra); a few are flat lays of multipacks,
one is a robe on a hanger, a few are staged in a bedroom or on a sofa.

Who wrote what: every text comes from the untuned base model, Salesforce/blip2-opt-2.7b, zero-shot, greedy, with
the `Question: ... Answer:` prompt (30 new tokens for answers, 50 for captions). Closed answers (garment type,
color, pattern, sleeve length, the "Is this a ...?" question and most per-garment color questions) come from
enrich's reference engine, which picks one candidate, so they never loop, leak or stop short; their failures are
wrong picks: the color of the print, of the trim or of the jeans instead of the product's, a blouse or shirt for a
camisole or night suit, stripes for checks. Open answers and captions are free generation. The base model
answers short: a color word, "a bra", "pajamas", lowercase, no full stop. It is usually right on the garment and
often wrong on which garment a color belongs to. When it runs long it invents details (underwire, bows, hoods,
pockets, zippers, lace that is not there), and it sometimes does not stop at the newline: it writes the next
`Question: ... Answer:` turn itself, or echoes the prompt, or repeats a phrase until the token limit. It says
"he" for women in lingerie now and then and "she" for men in pajamas.

Labeling conventions and judgement calls:
- Colors are judged by the README's color groups: maroon and burgundy answers for a Maroon product are right, as is
  "red"; "beige" for Nude or Skin, "pink" for Peach, "blue" for Navy Blue or Teal, "grey" for Charcoal or Grey
  Melange. A color from another color group is a failure.
- A color that belongs to another garment in the photo (the jeans, the t-shirt worn over lounge pants, the bra
  worn with shapewear) given as the product's color is other_garment_color, closed or open. A color that belongs
  to nothing else worn (the print's color, the flowers on a white nightdress, the trim of a black babydoll, a
  wrong hue, the bedsheet) is contradiction.
- For two-color products (navy and green checked pyjamas, a lavender and white stripe) a single color that is one
  of the product's own colors is correct, except where the seller's color names the other one and the chosen one
  is only a print or trim (cherries on a white set): then it is contradiction. In a two-piece night suit the
  color of one piece given for the other piece (the pink pyjama's color for the grey top) is other_garment_color.
- A closed garment type that names a different kind of garment than the seller's category is contradiction
  ("shirt" for a bra worn under an open shirt, "blouse" for a camisole, "jacket" for a hooded robe, "shirt" for
  a night suit). Synonyms count as correct: "tank top" for a camisole, "pajamas" for a night suit, "dress" or
  "nightdress" for a nightdress or babydoll, "shorts" for boxers, "robe" for a bath robe, "vest" for a vest.
- A wrong pattern or sleeve length pick ("striped" for checks, "long sleeves" on a strappy slip) is contradiction.
- Material: a generic material that matches the photo and the title (lace, satin, cotton, flannel, terry) is
  correct. A material that the title contradicts (silk for a cotton set) is contradiction; a material that
  neither title nor photo supports (fleece on thin jersey, denim on seersucker, silk on a polyester satin robe,
  satin on matte jersey) is unsupported.
- Invented details (underwire on a bralette, a hood, pockets, a zipper, a bow, lace trim, a v-neck on a crew
  neck, a towel rack, a different slogan) are unsupported even where the rest of the answer is right.
- non_answer: a yes/no or a lone color word given to an open question ("What is she wearing?" -> "black"), or
  only the question's words or the garment's bare name back ("they are short", "they are joggers", "the briefs
  are briefs", "a vest" to "Describe the vest."). restated: a longer answer that turns the question itself into
  the answer ("the details of the nightdress are the details of the nightdress"), or the prompt's own words
  echoed without `Question:` before a bare garment name ("Describe the camisole. a camisole").
- leak: the model writes a further `Question: ... Answer:` turn, or echoes `Question:` text, even where the part
  before it is right. A leak that then repeats is labeled leak, not loop, unless it runs to the token limit on
  one repeated phrase.
- loop: a phrase repeated until the token limit (hit_limit=True). cut: a text that is right so far and stops
  mid-phrase at the token limit without repeating itself (hit_limit=True).
- pronoun: he/she/his wrong for the row's gender (Girls count as female). Unisex rows have no person and no
  pronoun failure.
- A true but partial answer ("a bra" for the bralette worn with pink shorts, "a grey robe" over black leggings)
  is correct. One-word garment answers to "What is ... wearing?" ("pajamas", "underwear") are correct answers,
  not non_answers.
- Multipacks: no single-color closed question asked; open answers naming the pack's colors are correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_819 = [
    # photo: woman in a black lace underwired bra with mid-blue skinny jeans, white backdrop, front view cropped at
    # the hips; all texts by the untuned base model (closed ones via the reference engine)
    case(
        "X819-001",
        caption("a woman in a black lace bra and jeans"),
        wearing("a black bra and blue jeans", who="the woman"),
        Q.color("black"),
        color_of("bra", "blue", "other_garment_color"),
        describe(
            "bra",
            "a black lace bra with a black lace bra with a black lace bra with a black lace bra with a black lace",
            "loop",
            hit_limit=True,
        ),
        Q.material("lace"),
        details("bra", "it has padded cups and a lace trim and a bow in the middle", "unsupported"),
        title="Amante Women Black Lace Underwired Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a skin-coloured seamless padded t-shirt bra and matching skin briefs, light grey backdrop,
    # front view; base model zero-shot
    case(
        "X819-002",
        caption("a woman in a beige bra and panties standing in front of a grey wall"),
        wearing("a bra and panties", who="she"),
        Q.garment_type("bra"),
        Q.color("beige"),
        color_of("bra", "white", "contradiction"),
        details("bra", "it has a lace trim and a front closure", "unsupported"),
        Q.pattern("solid"),
        describe("bra", "a beige t-shirt bra Question: is the bra padded? Answer: yes", "leak"),
        title="Triumph Women Skin Padded Non-Wired T-shirt Bra",
        category="Bra",
        color="Skin",
        gender="Women",
    ),
    # photo: woman in a red cotton bra with small white polka dots and black leggings, white backdrop, front view;
    # base model zero-shot
    case(
        "X819-003",
        caption("a woman wearing a red and white polka dot bra"),
        wearing("he is wearing a red bra", "pronoun", who="the woman"),
        Q.pattern("polka dot"),
        color_of("bra", "red with white dots", kind="open"),
        describe(
            "bra", "a red bra with white polka dots Question: what is the color of the panties? Answer: black", "leak"
        ),
        Q.material("cotton"),
        Q.color("white", "contradiction"),
        title="Clovia Women Red Polka Dot Print Cotton Non-Padded Bra",
        category="Bra",
        color="Red",
        gender="Women",
    ),
    # photo: woman in a navy blue racerback sports bra with a wide elastic underband and grey track pants, side
    # view, white backdrop; base model zero-shot
    case(
        "X819-004",
        caption("a woman in a blue sports bra and grey pants"),
        wearing("a blue sports bra and gray sweatpants", who="she"),
        is_a("sports bra", "yes"),
        Q.color("grey", "other_garment_color"),
        describe("sports bra", "a navy blue sports bra with a racerback and a wide elastic band under the bust"),
        details("sports bra", "the details of the sports bra are the sports bra", "restated"),
        Q.sleeve_length("sleeveless"),
        title="Enamor Women Navy Blue Non-Wired Racerback Sports Bra SB06",
        category="Bra",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a maroon lace balconette bra under an open white cotton shirt with rolled sleeves, blue jeans,
    # white backdrop, front view; base model zero-shot
    case(
        "X819-005",
        caption("a woman in a white shirt and a red bra"),
        wearing("a white shirt and a bra", who="the woman"),
        Q.garment_type("shirt", "contradiction"),
        color_of("bra", "white", "other_garment_color"),
        describe("bra", "a burgundy lace bra with scalloped edges"),
        Q.material("silk", "unsupported"),
        details("bra", "the bra has a front closure and a bow", "unsupported"),
        title="Hunkemoller Women Maroon Lace Balconette Bra",
        category="Bra",
        color="Maroon",
        gender="Women",
    ),
    # photo: woman in a white cotton triangle bralette (thin fixed straps, no underwire) and pink pyjama shorts,
    # sitting on a bed with white sheets; base model zero-shot
    case(
        "X819-006",
        caption("a woman in a white bra and pink shorts sitting on a bed"),
        wearing("a bra", who="she"),
        Q.color("white"),
        color_of("bralette", "pink", "other_garment_color", kind="open"),
        details("bralette", "it has an underwire and padded cups", "unsupported"),
        Q.pattern("solid"),
        describe("bralette", "a pink bra with thin straps", "other_garment_color"),
        title="Jockey Women White Cotton Bralette 1823",
        category="Bra",
        color="White",
        gender="Women",
    ),
    # photo: flat lay of two t-shirt bras side by side on white, one black and one white, each with a small
    # same-colour satin bow at the centre; no person; base model zero-shot
    case(
        "X819-007",
        caption("a black and white bra on a white background"),
        Q.garment_type("bra"),
        color_of("bras", "black and white", kind="open"),
        describe("bras", "two bras, one black and one white"),
        details("bras", "the bra has a pink bow in the middle", "unsupported"),
        Q.pattern("solid"),
        title="Fruit of the Loom Women Pack of 2 T-shirt Bras",
        category="Bra",
        color="Multi",
        gender="Women",
    ),
    # photo: woman in a purple padded push-up bra with lavender lace overlay and matching purple briefs, white
    # backdrop, front view; base model zero-shot
    case(
        "X819-008",
        caption("a woman in purple lingerie posing for a photo"),
        wearing(
            "lingerie Question: What is the woman wearing? Answer: lingerie Question: What", "leak", who="the woman"
        ),
        Q.color("purple"),
        color_of("bra", "white", "contradiction"),
        describe("bra", "a purple bra with lace"),
        is_a("bra", "yes"),
        Q.sleeve_length("sleeveless"),
        details("bra", "the details of the bra are the bra details", "restated"),
        title="Amante Women Purple Lace Padded Push-Up Bra",
        category="Bra",
        color="Purple",
        gender="Women",
    ),
    # photo: woman in a black cotton camisole with spaghetti straps and blue jeans, hand on hip, white backdrop;
    # base model zero-shot
    case(
        "X819-009",
        caption("a woman in a black tank top and jeans"),
        Q.garment_type("tank top"),
        color_of("camisole", "blue", "other_garment_color"),
        details("camisole", "spaghetti straps"),
        wearing("black", "non_answer", who="she"),
        Q.material("cotton"),
        describe("camisole", "a blue camisole with thin straps", "other_garment_color"),
        title="Jockey Women Black Cotton Camisole 1487",
        category="Camisoles",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a nude matte-jersey camisole with a narrow lace edge at the neckline, thin straps with
    # adjustable sliders, hem just below the waist, and black trousers, white backdrop; base model zero-shot
    case(
        "X819-010",
        caption("a woman wearing a beige top and black pants"),
        Q.color("black", "other_garment_color"),
        describe("camisole", "a beige camisole with lace trim at the neckline"),
        Q.pattern("solid"),
        wearing("a beige camisole with lace and black pants", who="the woman"),
        Q.material("satin", "unsupported"),
        details(
            "camisole",
            "the camisole has a lace trim at the neckline, thin adjustable straps and a straight hem that falls just"
            " below the waist of the",
            "cut",
            hit_limit=True,
        ),
        color_of("camisole", "black", "other_garment_color", kind="open"),
        title="Enamor Women Nude Lace Trim Camisole",
        category="Camisoles",
        color="Nude",
        gender="Women",
    ),
    # photo: woman in a pink cotton camisole with a small white floral print and white denim shorts, white backdrop;
    # base model zero-shot
    case(
        "X819-011",
        caption("a woman wearing a pink floral top and white shorts"),
        Q.pattern("floral"),
        Q.color("pink"),
        Q.material(
            "cotton with a soft feel and a relaxed fit that is perfect for lounging around the house or sleeping in on"
            " a warm",
            "cut",
            hit_limit=True,
        ),
        describe("camisole", "Describe the camisole. a camisole", "restated"),
        color_of("camisole", "pink with white flowers", kind="open"),
        details("camisole", "it has a lace trim at the hem", "unsupported"),
        wearing(
            "a pink and white floral top and white shorts and a pink and white floral top and white shorts and a",
            "loop",
            who="the woman",
            hit_limit=True,
        ),
        title="Clovia Women Pink Floral Print Camisole",
        category="Camisoles",
        color="Pink",
        gender="Women",
    ),
    # photo: flat lay of three folded ribbed cotton camisoles, white, black and skin, on a white backdrop; no person;
    # base model zero-shot; the feed has no color for this pack
    case(
        "X819-012",
        caption("three tank tops in different colors"),
        Q.garment_type("tank top"),
        describe("camisoles", "three camisoles in white, black and beige"),
        is_a("camisole", "no", "contradiction"),
        details("camisoles", "they are camisoles", "non_answer"),
        Q.material("ribbed cotton"),
        title="Marks & Spencer Women Pack of 3 Cotton Camisoles",
        category="Camisoles",
        gender="Women",
    ),
    # photo: woman in an emerald green satin camisole with a v-neck, tucked into black trousers, white backdrop;
    # base model zero-shot
    case(
        "X819-013",
        caption("a woman in a green satin top and black pants"),
        Q.material("satin"),
        Q.color("black", "other_garment_color"),
        color_of("camisole", "green"),
        details("camisole", "the camisole has lace on the neckline and adjustable straps", "unsupported"),
        Q.sleeve_length("sleeveless"),
        describe(
            "camisole",
            "a green camisole with a v neck and a v neck and a v neck and a v neck and a v neck and a v neck and a",
            "loop",
            hit_limit=True,
        ),
        wearing("a green top and black pants", who="she"),
        Q.garment_type("blouse", "contradiction"),
        title="Da Intimo Women Green Satin Camisole",
        category="Camisoles",
        color="Green",
        gender="Women",
    ),
    # photo: woman in a navy long-sleeved pyjama top printed with small white stars and plain navy pyjama bottoms,
    # standing, white backdrop; base model zero-shot
    case(
        "X819-014",
        caption("a woman in blue pajamas with stars on them"),
        wearing("pajamas", who="the woman"),
        Q.garment_type("pajamas"),
        Q.pattern("printed"),
        color_of("pajama top", "white", "contradiction"),
        details("pajamas", "the pajamas are made of 100% organic cotton and have a drawstring waist", "unsupported"),
        Q.sleeve_length("long sleeves"),
        describe("pajamas", "Question: Describe the pajamas. Answer: blue pajamas with white stars", "leak"),
        title="Sweet Dreams Women Navy Blue Star Print Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a grey melange t-shirt with a white cat print and pink-and-white checked pyjama pants, white
    # backdrop, front view; base model zero-shot
    case(
        "X819-015",
        caption("a woman wearing a grey t-shirt and pink plaid pajama pants"),
        Q.color("grey"),
        color_of("t-shirt", "pink", "other_garment_color", kind="open"),
        color_of("pants", "pink"),
        Q.pattern("checked"),
        details("pants", "the pants are grey with a pink check", "other_garment_color"),
        describe("t-shirt", "a grey t-shirt with a picture of a cat on it"),
        wearing("he is wearing a grey t-shirt and pink pants", "pronoun", who="she"),
        title="Kanvin Women Grey & Pink Printed Night Suit",
        category="Night suits",
        color="Grey",
        gender="Women",
    ),
    # photo: woman in a maroon satin shirt-style night suit (notch collar, white piping on collar, cuffs and chest
    # pocket, long pants), sitting on a white chair, white backdrop; base model zero-shot
    case(
        "X819-016",
        caption("a woman in red satin pajamas sitting on a chair"),
        Q.material("satin"),
        wearing("red", "non_answer", who="she"),
        color_of("shirt", "red"),
        details("shirt", "white piping on the collar and pockets"),
        describe(
            "pajamas", "red pajamas with white trim Question: What is the color of the pants? Answer: red", "leak"
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.sleeve_length("long"),
        color_of("pants", "white", "contradiction"),
        title="Clovia Women Maroon Satin Shirt & Pyjama Night Suit",
        category="Night suits",
        color="Maroon",
        gender="Women",
    ),
    # photo: woman in a mustard short-sleeved top (round neck, three-button placket, patch pocket on the left chest)
    # and white three-quarter capris with mustard polka dots, white backdrop; base model zero-shot
    case(
        "X819-017",
        caption("a woman in a yellow top and white pants with yellow polka dots"),
        Q.color("yellow"),
        Q.sleeve_length("short sleeves"),
        Q.pattern("striped", "contradiction"),
        wearing("yellow", "non_answer", who="the woman"),
        details(
            "top",
            "the top has a round neck and a button placket on the front with three buttons and a pocket on the left"
            " side of the",
            "cut",
            hit_limit=True,
        ),
        describe("capri", "white capri pants with yellow polka dots"),
        color_of("top", "white", "other_garment_color", kind="open"),
        title="Sweet Dreams Women Mustard Top & Polka Dot Capri Night Suit",
        category="Night suits",
        color="Mustard",
        gender="Women",
    ),
    # photo: girl of about eight in a pink cotton night suit with white unicorn prints, long sleeves, standing,
    # white backdrop; base model zero-shot
    case(
        "X819-018",
        caption("a little girl in pink pajamas with unicorns"),
        wearing("pink pajamas with unicorns on them", who="the girl"),
        Q.pattern("printed"),
        is_a("night suit", "yes"),
        details("pajamas", "he has a unicorn on his shirt", "pronoun"),
        Q.material("cotton"),
        describe("pajamas", "pink pajamas with unicorns Question: What is the girl holding? Answer: nothing", "leak"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="YK Girls Pink Unicorn Print Cotton Night Suit",
        category="Night suits",
        color="Pink",
        gender="Girls",
    ),
    # photo: woman in a lavender-and-white vertically striped button-down pyjama shirt with a notch collar and
    # matching striped pyjama pants, white backdrop; base model zero-shot
    case(
        "X819-019",
        caption("a woman in purple and white striped pajamas"),
        Q.pattern("striped"),
        Q.garment_type("shirt", "contradiction"),
        Q.sleeve_length("long sleeves"),
        color_of("pajamas", "blue", "contradiction"),
        describe("pajamas", "striped pajamas with a collar and buttons"),
        details("pajamas", "the pajamas have a lace trim on the collar and a bow at the neck", "unsupported"),
        wearing("she is wearing striped pajamas", who="she"),
        title="Marks & Spencer Women Lavender Striped Pyjama Set",
        category="Night suits",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in a navy-and-green checked brushed flannel pyjama set (collared shirt with buttons and a chest
    # pocket, long pants), standing, white backdrop; base model zero-shot
    case(
        "X819-020",
        caption("a man in a blue plaid pajama set"),
        wearing("she is wearing blue plaid pajamas", "pronoun", who="the man"),
        Q.pattern("checked"),
        Q.color("blue"),
        Q.material("flannel"),
        Q.garment_type("pajamas"),
        color_of("pants", "green"),
        details("shirt", "the shirt has a collar, buttons, and a pocket on the chest"),
        describe("pants", "they are pajamas", "non_answer"),
        title="Marks & Spencer Men Navy Checked Flannel Pyjama Set",
        category="Night suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a grey melange crew-neck t-shirt and black jersey shorts with a drawstring and side pockets,
    # white backdrop; base model zero-shot
    case(
        "X819-021",
        caption("a man in a grey t-shirt and black shorts"),
        color_of("t-shirt", "grey"),
        color_of("shorts", "grey", "other_garment_color"),
        Q.sleeve_length("short"),
        wearing("she is wearing a grey t-shirt and black shorts", "pronoun", who="he"),
        details("shorts", "the shorts have a drawstring waist and side pockets"),
        describe("shorts", "grey shorts with a drawstring", "other_garment_color"),
        title="Jockey Men Grey Melange & Black Lounge Set",
        category="Night suits",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a knee-length white cotton nightdress with a pink floral print and short sleeves, standing in
    # a bedroom in front of a bed with a cream headboard; base model zero-shot
    case(
        "X819-022",
        caption("a woman in a white dress with pink flowers standing in a bedroom"),
        Q.garment_type("dress"),
        Q.color("pink", "contradiction"),
        describe("nightdress", "a white nightgown with pink flowers"),
        wearing("a nightgown", who="the woman"),
        details("nightdress", "the details of the nightdress are the details of the nightdress", "restated"),
        Q.sleeve_length("short sleeves"),
        Q.material("silk", "contradiction"),
        title="Kiwi Women White Floral Print Cotton Nightdress",
        category="Nightdress",
        color="White",
        gender="Women",
    ),
    # photo: woman in a black satin slip nightdress with lace trim at the neckline and hem, spaghetti straps,
    # mid-thigh, sitting on the edge of a bed with grey sheets; base model zero-shot
    case(
        "X819-023",
        caption("a woman in a black slip dress sitting on a bed"),
        Q.material("satin"),
        Q.sleeve_length("long sleeves", "contradiction"),
        details("nightdress", "yes", "non_answer"),
        wearing("a black nightgown with lace", who="she"),
        color_of("nightdress", "grey", "contradiction"),
        describe(
            "nightdress",
            "a black nightgown with lace trim Question: what is the color of the sheets? Answer: grey",
            "leak",
        ),
        title="Da Intimo Women Black Satin Lace Trim Nightdress",
        category="Nightdress",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a full-length navy blue cotton nightgown with long sleeves, a white lace yoke and a short
    # button placket at the yoke, standing, white backdrop, front view; base model zero-shot
    case(
        "X819-024",
        caption("a woman in a long blue dress with white lace"),
        color_of("nightdress", "navy", kind="open"),
        Q.pattern("solid"),
        describe(
            "nightdress",
            "a long blue nightgown with white lace on the top and white lace on the top and white lace on the top and",
            "loop",
            hit_limit=True,
        ),
        wearing("a long blue nightgown", who="the woman"),
        Q.material("cotton"),
        details("nightdress", "buttons on the front and a bow on the back", "unsupported"),
        Q.color("white", "contradiction"),
        title="Sweet Dreams Women Navy Blue Lace Yoke Cotton Maxi Nightdress",
        category="Nightdress",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a pink knee-length short-sleeved nightshirt printed "SLEEPY HEAD" in white, hugging a white
    # pillow, white backdrop; base model zero-shot
    case(
        "X819-025",
        caption("a woman in a pink shirt that says sleepy head"),
        Q.garment_type("dress"),
        Q.pattern("graphic"),
        Q.color("white", "contradiction"),
        color_of("nightshirt", "pink"),
        wearing(
            "a pink t-shirt that says sleepy head Question: What is the woman holding? Answer: a pillow",
            "leak",
            who="the woman",
        ),
        details("nightshirt", "the nightshirt has a print that says sweet dreams", "unsupported"),
        Q.sleeve_length("short sleeves"),
        describe("nightshirt", "a pink shirt with a white sleepy head print and a pocket on the chest", "unsupported"),
        title="Hypernation Women Pink Printed Nightshirt",
        category="Nightdress",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in a white waffle-knit bath robe with a tie belt and two patch pockets, hair wrapped in a white
    # towel, white backdrop; base model zero-shot
    case(
        "X819-026",
        caption("a woman in a white bathrobe with a towel on her head"),
        Q.garment_type("robe"),
        Q.color("white"),
        details("robe", "the robe has a tie belt and two pockets"),
        Q.material("cotton"),
        wearing("white", "non_answer", who="she"),
        describe("robe", "a white robe with a hood", "unsupported"),
        title="Spaces Women White Waffle Bath Robe",
        category="Bath Robe",
        color="White",
        gender="Women",
    ),
    # photo: woman in a pink satin kimono robe with white and red flowers, three-quarter sleeves, worn open over a
    # plain pink slip, tie belt hanging loose, white backdrop; base model zero-shot
    case(
        "X819-027",
        caption("a woman in a pink floral robe"),
        Q.pattern("floral"),
        color_of("robe", "red", "contradiction"),
        wearing("a pink robe over a pink slip dress", who="the woman"),
        describe(
            "robe",
            "a pink robe with flowers on it and a belt on the waist and a belt on the waist and a belt on the",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("silk", "unsupported"),
        title="Clovia Women Pink Floral Print Satin Kimono Robe",
        category="Robe",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in a knee-length grey melange hooded fleece robe with a tie belt and two front pockets, worn over
    # black leggings, white backdrop; base model zero-shot
    case(
        "X819-028",
        caption("a woman in a grey hooded robe and black leggings"),
        color_of("robe", "black", "other_garment_color"),
        Q.garment_type("jacket", "contradiction"),
        wearing("a grey robe", who="she"),
        details("robe", "the robe has a hood, a belt and pockets"),
        describe(
            "robe",
            "a grey robe with a hood and a belt Question: Describe the robe. Answer: a grey robe with a hood",
            "leak",
        ),
        Q.material("fleece"),
        Q.color("black", "other_garment_color"),
        title="Marks & Spencer Women Grey Melange Fleece Hooded Robe",
        category="Robe",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: navy blue cotton terry bath robe with white piping on the shawl collar and cuffs, on a wooden hanger
    # against a plain white wall; no person; base model zero-shot
    case(
        "X819-029",
        caption("a blue bathrobe hanging on a wall"),
        Q.color("blue"),
        Q.material("cotton terry"),
        details("bath robe", "white piping on the collar and cuffs"),
        describe(
            "bath robe",
            "a blue bathrobe with white trim hanging on a hook on the wall next to a towel rack with a white towel",
            "unsupported",
        ),
        Q.garment_type("robe"),
        Q.pattern("striped", "contradiction"),
        title="Trident Unisex Navy Blue Cotton Terry Bath Robe",
        category="Bath Robe",
        color="Navy Blue",
        gender="Unisex",
    ),
    # photo: woman in a red lace babydoll with a sheer red mesh skirt, a small red bow at the centre front and a
    # matching red thong, white backdrop; base model zero-shot
    case(
        "X819-030",
        caption("a woman in red lingerie"),
        Q.garment_type("nightdress"),
        color_of("babydoll", "red"),
        describe("babydoll", "a red lace babydoll with a sheer skirt"),
        wearing(
            "red lingerie red lingerie red lingerie red lingerie red lingerie red lingerie red lingerie red lingerie"
            " red",
            "loop",
            who="the woman",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        Q.material("silk", "unsupported"),
        details("babydoll", "she has a red bow on her chest"),
        title="Clovia Women Red Lace Babydoll with Thong",
        category="Baby Dolls",
        color="Red",
        gender="Women",
    ),
    # photo: woman in a black chiffon babydoll with pink satin trim under the bust and a pink satin bow, white
    # backdrop; base model zero-shot
    case(
        "X819-031",
        caption("a woman in a black and pink nightie"),
        Q.color("pink", "contradiction"),
        color_of("babydoll", "black", kind="open"),
        details("babydoll", "a pink bow"),
        describe("babydoll", "the babydoll is a babydoll that she is wearing in the picture", "restated"),
        Q.garment_type("dress"),
        wearing(
            "a black and pink nightie. Question: What is she wearing? Answer: a black and pink nightie",
            "leak",
            who="she",
        ),
        Q.material("lace", "unsupported"),
        title="Fashionista Women Black Babydoll Nightwear with Pink Trim",
        category="Baby Dolls",
        color="Black",
        gender="Women",
    ),
    # photo: man in navy blue jersey lounge pants with a white drawstring and two side pockets and a plain white
    # crew-neck t-shirt, hands in the pockets, full length, white wall behind; base model zero-shot
    case(
        "X819-032",
        caption(
            "a man wearing a white t-shirt and navy blue lounge pants with a white drawstring standing in front of a"
            " white wall with his hands in the pockets of his pants and his feet",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "white", "other_garment_color"),
        Q.garment_type("pants"),
        wearing("a white shirt and blue pants", who="the man"),
        details("pants", "the pants have a drawstring waist and two side pockets"),
        describe("pants", "a pair of navy blue pants with a white drawstring"),
        Q.material("cotton"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Jockey Men Navy Blue Cotton Lounge Pants 9008",
        category="Lounge Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in grey melange cuffed joggers and a black t-shirt, white backdrop, front view; base model
    # zero-shot
    case(
        "X819-033",
        caption("a man in a black shirt and grey sweatpants"),
        Q.color("black", "other_garment_color"),
        color_of("joggers", "grey", kind="open"),
        wearing("she is wearing grey sweatpants and a black t-shirt", "pronoun", who="he"),
        details("joggers", "they are joggers", "non_answer"),
        is_a("pair of pants", "yes"),
        Q.pattern("solid"),
        describe("joggers", "grey joggers with a black stripe down the side", "unsupported"),
        title="Bodyactive Men Grey Melange Lounge Joggers",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in thin pink cotton lounge pants with a white heart print, drawstring and elastic cuffs, and a
    # plain grey tank top, white backdrop; base model zero-shot
    case(
        "X819-034",
        caption("a woman in pink pants with hearts and a grey tank top"),
        Q.pattern("printed"),
        Q.color("grey", "other_garment_color"),
        wearing("pink pajama pants and a grey tank top", who="the woman"),
        describe(
            "pants",
            "pink pants with white hearts on them and a drawstring waist and elastic cuffs at the bottom of the legs"
            " and the",
            "cut",
            hit_limit=True,
        ),
        Q.material("fleece", "unsupported"),
        color_of("pants", "pink with white hearts", kind="open"),
        title="Sweet Dreams Women Pink Heart Print Lounge Pants",
        category="Lounge Pants",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in red-and-black buffalo check flannel lounge pants and a black t-shirt, sitting on a beige sofa
    # with a cushion; base model zero-shot
    case(
        "X819-035",
        caption("a woman sitting on a couch wearing red plaid pants"),
        Q.color("red"),
        color_of("pants", "red and black", kind="open"),
        Q.garment_type("pants"),
        details("pants", "the pants have a plaid pattern and an elastic waistband"),
        wearing("he is wearing a black shirt and red plaid pants", "pronoun", who="she"),
        Q.pattern("striped", "contradiction"),
        describe("pants", "Question: Describe the pants. Answer: red and black plaid pajama pants", "leak"),
        title="Marks & Spencer Women Red & Black Checked Lounge Pants",
        category="Lounge Pants",
        color="Red",
        gender="Women",
    ),
    # photo: woman in plain olive green cotton lounge shorts with an elastic waist (no pockets, no stripes) and a
    # white t-shirt, white backdrop; base model zero-shot
    case(
        "X819-036",
        caption("a woman in a white shirt and green shorts"),
        color_of("shorts", "green"),
        Q.garment_type("shorts"),
        details("shorts", "they are short", "non_answer"),
        wearing("white t-shirt and green shorts", who="the woman"),
        describe("shorts", "green shorts with white stripes on the side", "unsupported"),
        Q.color("white", "other_garment_color"),
        title="Jockey Women Olive Lounge Shorts 1301",
        category="Lounge Shorts",
        color="Olive",
        gender="Women",
    ),
    # photo: man in blue-and-white striped seersucker lounge shorts (plain elastic waist, no drawstring, faux fly
    # with two buttons), front view, and a navy t-shirt, white backdrop; base model zero-shot; the feed row has no color
    case(
        "X819-037",
        caption("a man in a blue shirt and blue and white striped shorts"),
        Q.pattern("striped"),
        color_of("shorts", "blue and white", kind="open"),
        wearing("a blue shirt and shorts", who="the man"),
        details("shorts", "the shorts have a striped pattern and a button fly"),
        Q.material("denim", "unsupported"),
        describe("shorts", "blue and white striped shorts with a drawstring and back pockets", "unsupported"),
        title="U.S. Polo Assn. Men Blue Striped Seersucker Lounge Shorts",
        category="Lounge Shorts",
        gender="Men",
    ),
    # photo: man in a charcoal crew-neck lounge t-shirt with a small chest logo and light grey joggers, white
    # backdrop; base model zero-shot
    case(
        "X819-038",
        caption("a man wearing a black t-shirt and grey pants", "contradiction"),
        Q.color("grey"),
        Q.sleeve_length("short sleeves"),
        details("t-shirt", "the t-shirt has a small logo on the chest"),
        wearing("she is wearing a grey t-shirt", "pronoun", who="he"),
        describe("t-shirt", "a dark grey t-shirt with a v-neck", "unsupported"),
        Q.garment_type("t-shirt"),
        title="Jockey Men Charcoal Lounge T-shirt",
        category="Lounge Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a white cotton t-shirt printed "WEEKEND MODE" in black and pink pyjama shorts, white
    # backdrop; base model zero-shot
    case(
        "X819-039",
        caption("a woman wearing a white t-shirt that says weekend mode"),
        Q.pattern("graphic"),
        color_of("t-shirt", "pink", "other_garment_color"),
        wearing("a white t-shirt and pink shorts", who="she"),
        details(
            "t-shirt",
            "the t-shirt says weekend mode mode mode mode mode mode mode mode mode mode mode mode mode mode mode mode",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        describe("t-shirt", "the t-shirt is a t-shirt that the woman is wearing", "restated"),
        Q.garment_type("tank top", "contradiction"),
        title="Hypernation Women White Printed Cotton Lounge T-shirt",
        category="Lounge Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: flat lay of three hipster briefs, black, nude and maroon, on a white backdrop; no person; base model
    # zero-shot
    case(
        "X819-040",
        caption("three pairs of underwear on a white background"),
        Q.garment_type("briefs"),
        describe("briefs", "three pairs of briefs in black, beige and red"),
        details("briefs", "the briefs are briefs", "non_answer"),
        Q.material("nylon", "contradiction"),
        Q.pattern("solid"),
        title="Jockey Women Pack of 3 Cotton Hipster Briefs 1406",
        category="Briefs",
        color="Assorted",
        gender="Women",
    ),
    # photo: man in red-and-navy checked woven boxers with an elastic logo waistband and button fly, and a white
    # ribbed vest, white backdrop; base model zero-shot
    case(
        "X819-041",
        caption("a man in a white tank top and red plaid shorts"),
        Q.garment_type("shorts"),
        color_of("boxers", "white", "other_garment_color"),
        wearing("underwear", who="the man"),
        details(
            "boxers",
            "the boxers have an elastic waistband with a logo and a button fly and an elastic waistband with a logo and"
            " a button fly and an",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("checked"),
        describe("boxers", "she is wearing red plaid boxers", "pronoun"),
        title="Marks & Spencer Men Red Checked Cotton Boxers",
        category="Boxers",
        color="Red",
        gender="Men",
    ),
    # photo: man in a white ribbed cotton vest and blue jeans, white backdrop, front view; base model zero-shot
    case(
        "X819-042",
        caption("a man in a white tank top and jeans"),
        Q.color("white"),
        color_of("vest", "blue", "other_garment_color", kind="open"),
        Q.garment_type("vest"),
        Q.sleeve_length("sleeveless"),
        wearing(
            "he is wearing a white tank top and blue jeans. he is wearing a white tank top and blue jeans. he is",
            "loop",
            who="he",
            hit_limit=True,
        ),
        Q.material("cotton"),
        describe("vest", "a vest", "non_answer"),
        details("vest", "the vest has a pocket on the chest", "unsupported"),
        title="Rupa Men White Ribbed Cotton Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: woman in nude seamless high-waist tummy-control shapewear shorts (no zip, no hooks) and a black bra,
    # side view, white backdrop; base model zero-shot
    case(
        "X819-043",
        caption("a woman in a black bra and beige shorts"),
        is_a("shapewear", "no", "contradiction", article="a piece of"),
        Q.color("black", "other_garment_color"),
        describe("shapewear", "beige high waisted shorts"),
        wearing("black bra and nude shapewear", who="she"),
        details("shapewear", "the shapewear has a zipper on the side and hooks at the front", "unsupported"),
        title="Swee Women Nude Seamless Tummy Control High Waist Shapewear",
        category="Shapewear",
        color="Nude",
        gender="Women",
    ),
    # photo: woman in a teal lace underwired bra and matching teal lace briefs with a small bow, white backdrop;
    # base model zero-shot
    case(
        "X819-044",
        caption("a woman in blue lingerie"),
        Q.color("blue"),
        wearing(
            "a blue bra and panties and a blue bra and panties and a blue bra and panties and a blue bra and",
            "loop",
            who="the woman",
            hit_limit=True,
        ),
        describe(
            "lingerie set",
            "a blue lace bra and panty set Question: What is the color of the bra? Answer: blue Question:",
            "leak",
        ),
        details("lingerie set", "the bra has underwire and the panties have a bow"),
        Q.material("lace"),
        color_of("bra", "green", "contradiction", kind="open"),
        title="Amante Women Teal Lace Lingerie Set",
        category="Lingerie Set",
        color="Teal",
        gender="Women",
    ),
    # photo: woman in a white cotton bra and briefs set printed with small red cherries, white backdrop; base model
    # zero-shot
    case(
        "X819-045",
        caption("a woman in a white bra and panties with cherries on them"),
        Q.color("red", "contradiction"),
        Q.pattern("printed"),
        wearing("a bra and panties", who="she"),
        details("bra", "the bra details are the details of the bra and panties", "restated"),
        describe("bra", "a white bra with red cherries"),
        Q.material("silk", "contradiction"),
        title="Clovia Women White Cherry Print Cotton Bra & Panty Set",
        category="Lingerie Set",
        color="White",
        gender="Women",
    ),
    # photo: woman in a peach satin robe with ivory lace cuffs and a sash belt, open over a peach slip with an ivory
    # lace hem, standing next to a grey sofa; base model zero-shot
    case(
        "X819-046",
        caption("a woman in a pink satin robe standing next to a couch"),
        Q.garment_type("robe"),
        color_of("robe", "pink"),
        describe("robe", "a pink satin robe with lace on the sleeves and a belt"),
        details(
            "robe",
            "the robe has a lace trim on the sleeves, a belt at the waist, and a lace trim on the hem of the nightgown"
            " under",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a robe. Question: What is the woman wearing under the robe? Answer: a nightgown",
            "leak",
            who="the woman",
        ),
        Q.material("satin"),
        Q.color("white", "contradiction"),
        title="Clovia Women Peach Satin Robe & Nightdress Set",
        category="Robe",
        color="Peach",
        gender="Women",
    ),
]
