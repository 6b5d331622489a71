"""BLIND_1149 (46 products; Myntra lingerie and nightwear, base model zero-shot): written blind in the sixtieth session.
Measured blind at 2135623 (the session's eighth rules): 103/124 failures found (83.1%) and 20/167 correct texts flagged
(12.0%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of lingerie, nightwear and loungewear: bras, camisoles, briefs and trunks, babydolls,
night suits, nightdresses, robes and bath robes, lounge pants, shorts and tees, for Women, Men and one Girls row.
Photos are catalog shots on a white or off-white studio backdrop, mostly worn by a model who also wears something
else (jeans under a bra, a t-shirt over lounge pants, a nightdress under a robe, a vest over boxers); three are flat
lays of multi-packs with no person; a few have a prop (a pillow, a mug, a teddy bear, a stool, an armchair).

Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, no adapter. Captions and
open answers are greedy free generation (50 / 30 new tokens); closed answers come from enrich's --engine reference,
which ranks the candidate values with the same base model and keeps one, so they never loop or stop short. The base
model mostly stops on its own with short, lowercase answers ("a bra and panties", "pajamas"); its habits here are
the color of whatever is most visible (jeans, the t-shirt over lounge pants, the nightdress under a robe, the print
on the fabric), invented trims (bows, lace, pockets, hoods, belts), "yes" or the garment's own name to an open
question, a he/she picked for the wrong person, now and then carrying on with the `Question: ... Answer:` format,
and on long describe/details answers sometimes running to the token limit, repeating itself or cut mid-phrase.

Labeling conventions and judgement calls:
- The photo decides: a text is correct when it is right for the photo described in the product's `# photo:` line,
  even where the seller's column is coarser (maroon called red, lavender called purple, cream called white, nude
  called beige are correct; peach called orange is not).
- A color answer that is the color of another garment worn in the photo (jeans, t-shirt, shorts, the nightdress
  under a robe) is other_garment_color in open answers and captions; the same mistake from a closed (reference)
  answer is contradiction. A color taken from a print, a trim or a waistband rather than another garment is
  contradiction.
- A garment named wrongly (jacket for a robe, jeans for pyjama pants, bra and panties for a babydoll, "shorts" for a
  camisole worn with shorts) is contradiction, and so is a closed sleeve-length answer that describes the t-shirt
  worn over the lounge pants it was asked about, and a "no" to "Is this a ...?" when it is one.
- Synonyms are correct: tank top for a camisole, pajamas for a night suit, nightgown/nightie/slip for a nightdress,
  dress for a nightdress, shorts for boxers, briefs for trunks, bra for a bra-and-brief set, sweatpants for lounge
  pants, girdle for a shaping brief.
- For a multi-pack (Multi), a closed color that names one of the pack's colors is correct.
- An invented trim, part or accessory (bow, lace, pocket, hood, belt, straps, a person in a flat lay) is unsupported;
  a material that is not what the title says or what the photo shows is unsupported; where the title states the
  feature that the answer denies (straps on a "Strapless" bra), contradiction.
- non_answer: "yes"/"no" to an open question, the garment's own name only, or an answer about something that is not
  the garment (her hair). restated: the question's words handed back as a sentence ("the garment details").
  A one-word answer that does say something true ("lace", "drawstring", "ribbed") is correct.
- pronoun: "he"/"she" wrong for the row's gender (Girls counts as she). A wrong pronoun in an otherwise right answer
  is labeled pronoun only.
- A text with two faults gets the one that a reader would notice first: a loop over a cut, a leak over what the
  leaked answer says.
- hit_limit=True on every loop and cut, and on a leak that ran on to the token limit.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as B,
)
from tests.audit_corpus import (
    DEFAULT_QUESTIONS as Q,
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

BLIND_1149 = [
    # photo: black lace padded underwired bra, plain centre (no bow), worn with matching black lace briefs; white
    # backdrop, front view, hand on hip. All texts base blip2-opt-2.7b zero-shot; closed answers via reference.
    case(
        "X1149-001",
        caption("a woman in a black lace bra and panties"),
        Q.wearing("a black bra and panties"),
        Q.color("black"),
        Q.description("a black lace bra with a pink bow in the center", "unsupported"),
        Q.details("lace"),
        Q.material("the garment is made of a material", "restated"),
        title="Amante Women Black Lace Padded Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: seamless moulded nude (beige) t-shirt bra, no lace, worn with nude briefs; white backdrop, front view.
    # All texts base model zero-shot; the closed color via reference.
    case(
        "X1149-002",
        caption("a woman in a beige bra and underwear"),
        wearing("a bra"),
        color_of("bra", "white", "contradiction"),
        describe("bra", "a nude bra with lace on the cups", "unsupported"),
        details("bra", "the bra details are the bra details", "restated"),
        is_a("bra", "yes"),
        title="Triumph Women Skin Coloured Seamless T-shirt Bra",
        category="Bra",
        color="Skin",
        gender="Women",
    ),
    # photo: pink bra with small white polka dots, worn with mid-blue denim jeans; white backdrop, front view.
    # All texts base model zero-shot; closed answers via reference.
    case(
        "X1149-003",
        caption("a woman in a blue bra and jeans", "other_garment_color"),
        Q.wearing("a blue bra and blue jeans", "other_garment_color"),
        Q.color("blue", "contradiction"),
        Q.pattern("polka dots"),
        Q.description("a pink bra with white polka dots"),
        Q.details("white polka dots"),
        title="Enamor Women Pink Polka Dot Printed Non-Padded Bra",
        category="Bra",
        color="Pink",
        gender="Women",
    ),
    # photo: red unpadded lace bralette with scalloped edges, worn with black high-waist briefs; white backdrop.
    # All texts base model zero-shot (the color question asked open).
    case(
        "X1149-004",
        caption("a woman in a red lace bra and black panties"),
        wearing("red and black lingerie"),
        color_of("bra", "black", "other_garment_color", kind="open"),
        describe("bra", "a red lace bra"),
        details(
            "bra",
            "lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace,",
            "loop",
            hit_limit=True,
        ),
        B.material("silk", "unsupported"),
        title="Lady Lyka Women Red Lace Bralette",
        category="Bra",
        color="Red",
        gender="Women",
    ),
    # photo: white racerback sports bra, worn with grey melange track pants; white backdrop, three-quarter view.
    # All texts base model zero-shot; closed answers via reference.
    case(
        "X1149-005",
        caption("a woman in a white sports bra and grey sweatpants"),
        Q.wearing("a sports bra and sweatpants"),
        Q.garment_type("bra"),
        Q.color("grey", "contradiction"),
        Q.description("a grey sports bra with a racerback", "other_garment_color"),
        Q.details("yes", "non_answer"),
        Q.material("cotton"),
        title="Jockey Women White Racerback Sports Bra 1376",
        category="Bra",
        color="White",
        gender="Women",
    ),
    # photo: back view: navy lace balconette bra, back band with a hook-and-eye closure, navy briefs; white backdrop.
    # All texts base model zero-shot; the closed color and the yes/no via reference.
    case(
        "X1149-006",
        caption("the back of a woman wearing a black bra", "contradiction"),
        wearing("she is wearing a bra and panties", who="she"),
        color_of("bra", "navy blue"),
        describe("bra", "a navy bra with a front closure and a bow", "unsupported"),
        details("bra", "hook and eye closure at the back"),
        is_a("bra", "yes"),
        title="Amante Women Navy Blue Lace Balconette Bra",
        category="Bra",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: plain white cotton camisole with thin straps, worn with blue denim jeans; white backdrop, front view.
    # All texts base model zero-shot; closed answers via reference.
    case(
        "X1149-007",
        caption("a woman in a white tank top and blue jeans"),
        Q.wearing("a white tank top and jeans"),
        Q.garment_type("tank top"),
        Q.color("white"),
        Q.description("a blue tank top with jeans", "other_garment_color"),
        Q.details("the tank top has a lace trim on the neckline", "unsupported"),
        Q.material("denim", "contradiction"),
        title="Jockey Women White Cotton Camisole 1487",
        category="Camisoles",
        color="White",
        gender="Women",
    ),
    # photo: black satin camisole with black lace trim at the neckline and hem, worn with black satin shorts; white
    # backdrop. All texts base model zero-shot (the color question asked open).
    case(
        "X1149-008",
        caption("a woman in a black satin camisole and shorts"),
        wearing("a black slip"),
        color_of("camisole", "black", kind="open"),
        describe("camisole", "black satin with lace trim"),
        details(
            "camisole",
            "lace trim on the neckline, lace trim on the hem, lace trim on the neckline, lace trim on the hem, lace"
            " trim on the",
            "loop",
            hit_limit=True,
        ),
        B.material("silk", "unsupported"),
        title="Enamor Women Black Satin Camisole with Lace Trim",
        category="Camisoles",
        color="Black",
        gender="Women",
    ),
    # photo: pale peach (pinkish) solid camisole with adjustable straps, worn with white lounge shorts; white
    # backdrop. All texts base model zero-shot; closed answers via reference.
    case(
        "X1149-009",
        caption("a woman in an orange tank top and white shorts", "contradiction"),
        B.garment_type("camisole"),
        B.color("peach"),
        B.pattern("solid"),
        B.material("cotton"),
        wearing("clothes", "non_answer"),
        describe("camisole", "a white camisole with thin straps", "other_garment_color"),
        title="Clovia Women Peach Solid Camisole",
        category="Camisoles",
        color="Peach",
        gender="Women",
    ),
    # photo: flat lay of two camisoles side by side, one grey melange, one pink; white background, no person.
    # All texts base model zero-shot; closed answers via reference. The feed row has no gender.
    case(
        "X1149-010",
        caption("two tank tops on a white background"),
        Q.wearing("tank tops"),
        Q.color("grey"),
        Q.description("a woman wearing a grey tank top and a pink tank top", "unsupported"),
        Q.details("the details of the garment are the details of the garment", "restated"),
        Q.material("cotton"),
        title="Lady Lyka Women Pack of 2 Camisoles",
        category="Camisoles",
        color="Multi",
    ),
    # photo: blue-and-white checked button-down pyjama shirt, long sleeves, chest pocket, white piping on the
    # collar, matching checked pants; white backdrop, full length, barefoot. All texts base model zero-shot.
    case(
        "X1149-011",
        caption("a woman in blue and white plaid pajamas"),
        wearing("pajamas"),
        color_of("pajamas", "blue", kind="open"),
        describe("pajamas", "blue and white plaid pajamas with a red collar", "unsupported"),
        details("pajamas", "buttons down the front and a pocket on the chest"),
        is_a("night suit", "no", "contradiction"),
        title="Sweet Dreams Women Blue Checked Night Suit",
        category="Night suits",
        color="Blue",
        gender="Women",
    ),
    # photo: pink short-sleeve t-shirt top printed "SLEEPY HEAD" in white, pink-and-white striped pyjama pants;
    # white backdrop. All texts base model zero-shot; closed answers via reference.
    case(
        "X1149-012",
        caption("a woman in a pink shirt and striped pants"),
        Q.wearing("she is wearing a pink shirt and pink and white striped pants"),
        Q.color("pink"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.description("a pink t - shirt that says sleepy head"),
        Q.material("no", "non_answer"),
        Q.details(
            "sleepy head Question: what is the color of the pants? Answer: pink and white Question: what is the"
            " color of the",
            "leak",
            hit_limit=True,
        ),
        title="Kanvin Women Pink Printed Night Suit",
        category="Night suits",
        color="Pink",
        gender="Women",
    ),
    # photo: navy cotton-jersey long-sleeve top and pants, both with a small white star print; holds a small white
    # pillow; white backdrop. All texts base model zero-shot; the closed color via reference.
    case(
        "X1149-013",
        caption("a woman in a blue pajama holding a pillow"),
        wearing("pajamas"),
        color_of("pajamas", "white", "contradiction"),
        describe("pajamas", "navy blue with white stars"),
        details("pajamas", "stars and a lace collar", "unsupported"),
        B.material("flannel", "unsupported"),
        title="Sweet Dreams Women Navy Blue Star Print Cotton Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: grey melange short-sleeve t-shirt with a large black-and-white panda print, black pyjama pants; white
    # backdrop. All texts base model zero-shot; closed answers via reference.
    case(
        "X1149-014",
        caption("a woman wearing a panda t - shirt and black pants"),
        Q.wearing("a black t-shirt and black pants", "other_garment_color"),
        Q.garment_type("night suit"),
        Q.color("black", "contradiction"),
        Q.description("a black t - shirt with a panda bear on it", "other_garment_color"),
        Q.details("panda"),
        title="Hypernation Women Grey Melange Panda Print Night Suit",
        category="Night suits",
        color="Grey",
        gender="Women",
    ),
    # photo: maroon satin short-sleeve notch-collar shirt with white piping and matching shorts; model seated on a
    # white stool; white backdrop. All texts base model zero-shot; the yes/no via reference.
    case(
        "X1149-015",
        caption("a woman in a red satin pajama set sitting on a stool"),
        wearing("a red shirt and shorts"),
        color_of("shirt", "Answer: maroon", "leak", kind="open"),
        describe("shirt", "it is a red silk shirt with white trim", "unsupported"),
        details("shirt", "white piping"),
        is_a("night suit", "no", "contradiction"),
        title="Candyskin Women Maroon Satin Shorts Night Suit",
        category="Night suits",
        color="Maroon",
        gender="Women",
    ),
    # photo: mustard-yellow t-shirt printed "good vibes", pyjama pants with blue, pink and yellow stripes; white
    # backdrop. All texts base model zero-shot; closed answers via reference. The feed row has no category.
    case(
        "X1149-016",
        caption("a woman in a yellow t - shirt and striped pants"),
        B.garment_type("night suit"),
        B.color("yellow"),
        B.pattern("striped"),
        describe(
            "night suit",
            "yellow t - shirt with striped pants and a yellow t - shirt with striped pants and a yellow t - shirt"
            " with striped pants and a",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a yellow shirt and blue jeans", "contradiction", who="she"),
        title="Lazy Sundays Women Yellow & Blue Printed Night Suit",
        color="Multi",
        gender="Women",
    ),
    # photo: purple knee-length short-sleeve nightdress with a small white-and-pink flower print, round neck, no
    # collar; white backdrop. All texts base model zero-shot; closed answers via reference.
    case(
        "X1149-017",
        caption("a woman in a purple floral nightgown"),
        Q.wearing("a nightgown"),
        Q.color("purple"),
        Q.pattern("floral"),
        Q.description("a purple nightgown with white flowers and a lace collar", "unsupported"),
        Q.details("Question: What are the details of the garment? Answer: flowers", "leak"),
        title="Sweet Dreams Women Purple Floral Print Nightdress",
        category="Nightdress",
        color="Purple",
        gender="Women",
    ),
    # photo: ankle-length sleeveless blue cotton nighty with a white leaf print, no belt; white backdrop.
    # All texts base model zero-shot; closed answers via reference.
    case(
        "X1149-018",
        caption("a woman in a long blue dress"),
        wearing("a blue dress"),
        color_of("nightdress", "blue"),
        describe("nightdress", "it is a long blue nightgown with white leaves and a belt at the waist", "unsupported"),
        details("nightdress", "nightdress", "non_answer"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Lady Lyka Women Blue Printed Maxi Nightdress",
        category="Nightdress",
        color="Blue",
        gender="Women",
    ),
    # photo: thigh-length black satin slip nightdress with a black lace bodice and spaghetti straps; white
    # backdrop. All texts base model zero-shot; closed answers via reference.
    case(
        "X1149-019",
        caption("a woman in a black lace nightie"),
        Q.wearing("the person is wearing", "restated"),
        Q.color("black"),
        Q.description(
            "the nightgown is made of black satin with a lace bodice and thin straps, it is short and it falls just"
            " above the knee, the lace is",
            "cut",
            hit_limit=True,
        ),
        Q.details("lace"),
        Q.material("yes", "non_answer"),
        title="Amante Women Black Satin Slip Nightdress",
        category="Nightdress",
        color="Black",
        gender="Women",
    ),
    # photo: oversized pink short-sleeve sleep tee dress, white cartoon sheep print and "COUNTING SHEEP"; model
    # holds a white mug; white backdrop. All texts base model zero-shot (color asked open); the yes/no via reference.
    case(
        "X1149-020",
        caption("a woman in a pink shirt holding a mug"),
        wearing("a pink t - shirt"),
        color_of("dress", "white", "contradiction", kind="open"),
        describe("dress", "dress", "non_answer"),
        details("dress", "a sheep"),
        is_a("dress", "yes"),
        title="Kanvin Women Pink Counting Sheep Sleep Tee Dress",
        category="Nightdress",
        color="Pink",
        gender="Women",
    ),
    # photo: knee-length red satin robe, belt tied, over a black lace nightdress visible at the neckline; white
    # backdrop. All texts base model zero-shot; closed answers via reference.
    case(
        "X1149-021",
        caption("a woman in a black robe", "other_garment_color"),
        Q.wearing("a red robe and a black nightgown"),
        Q.color("black", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.description("a black silk robe with a red belt", "other_garment_color"),
        Q.details("belt"),
        Q.material("satin"),
        title="Candyskin Women Red Satin Robe",
        category="Robe",
        color="Red",
        gender="Women",
    ),
    # photo: white cotton terry bath robe with shawl collar and belt, a white towel wrapped on her head; white
    # backdrop. All texts base model zero-shot; the closed color via reference.
    case(
        "X1149-022",
        caption("a woman in a white bathrobe with a towel on her head"),
        wearing("a bathrobe"),
        color_of("bathrobe", "white"),
        describe("bathrobe", "a bathrobe", "non_answer"),
        details("bathrobe", "he is wearing a white bathrobe with a belt", "pronoun"),
        B.material("cotton"),
        title="Spaces Women White Cotton Terry Bath Robe",
        category="Bath Robe",
        color="White",
        gender="Women",
    ),
    # photo: black kimono robe with large pink and red roses, elbow sleeves, worn open over a black camisole and
    # black shorts; white backdrop. All texts base model zero-shot; closed answers via reference.
    case(
        "X1149-023",
        caption("a woman in a black floral kimono"),
        B.garment_type("jacket", "contradiction"),
        B.color("black"),
        B.pattern("floral"),
        B.sleeve_length("three-quarter sleeves"),
        describe("robe", "a pink robe with roses", "contradiction"),
        wearing("a kimono over a black tank top and shorts"),
        details("robe", "no", "non_answer"),
        title="Kiwi Women Black Floral Print Kimono Robe",
        category="Robe",
        color="Black",
        gender="Women",
    ),
    # photo: red sheer chiffon babydoll with red lace cups and a matching thong; white backdrop, standing.
    # All texts base model zero-shot; closed answers via reference.
    case(
        "X1149-024",
        caption("a woman in red lingerie"),
        Q.wearing("a red babydoll"),
        Q.garment_type("nightdress"),
        Q.color("red"),
        Q.description("a red lace bra and panties", "contradiction"),
        Q.details("sheer"),
        Q.material("satin", "unsupported"),
        title="Lady Lyka Women Red Lace Babydoll with Thong",
        category="Baby Dolls",
        color="Red",
        gender="Women",
    ),
    # photo: lavender satin babydoll with white lace trim at neckline and hem, spaghetti straps; white backdrop.
    # All texts base model zero-shot (color asked open); the yes/no via reference.
    case(
        "X1149-025",
        caption("a woman in a purple nightie"),
        wearing("a purple nightgown"),
        color_of("babydoll", "lavender", kind="open"),
        describe(
            "babydoll",
            "it is a purple nightgown with white lace trim on the neckline and on the hem and it has thin straps"
            " that go over the shoulders and the",
            "cut",
            hit_limit=True,
        ),
        details("babydoll", "Answer: lace trim", "leak"),
        is_a("babydoll", "yes"),
        title="Clovia Women Lavender Satin Babydoll with Lace Trim",
        category="Baby Dolls",
        color="Lavender",
        gender="Women",
    ),
    # photo: grey melange straight lounge pants with drawstring, worn with an untucked white short-sleeve t-shirt
    # and white sneakers; white backdrop. All texts base model zero-shot; closed answers via reference.
    case(
        "X1149-026",
        caption("a woman in a white shirt and grey pants"),
        Q.wearing("a white t - shirt and grey sweatpants"),
        Q.garment_type("pants"),
        Q.color("white", "contradiction"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.description("the pants are white with a drawstring waist", "other_garment_color"),
        Q.details("drawstring"),
        title="Jockey Women Grey Melange Lounge Pants 1301",
        category="Lounge Pants",
        color="Grey",
        gender="Women",
    ),
    # photo: black lounge pants with small white polka dots, elastic waist, no drawstring or pockets visible, worn
    # with a pink t-shirt; white backdrop. All texts base model zero-shot (color asked open); pattern via reference.
    case(
        "X1149-027",
        caption("a woman in a pink shirt and black polka dot pants"),
        wearing("she is wearing a pink shirt and pink pants", "other_garment_color", who="she"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        describe("pants", "black with white polka dots"),
        details("pants", "elastic waistband with a drawstring and two side pockets", "unsupported"),
        B.pattern("polka dots"),
        title="Sweet Dreams Women Black Polka Dot Lounge Pants",
        category="Lounge Pants",
        color="Black",
        gender="Women",
    ),
    # photo: blue-and-white checked cotton lounge shorts, worn with a white camisole; white backdrop.
    # All texts base model zero-shot; closed answers via reference.
    case(
        "X1149-028",
        caption("a woman in a white tank top and blue plaid shorts"),
        B.garment_type("shorts"),
        B.color("white", "contradiction"),
        B.pattern("checked"),
        B.material("cotton"),
        describe("shorts", "they are shorts", "non_answer"),
        wearing("a white tank top and white shorts", "other_garment_color"),
        title="Hypernation Women Blue Checked Lounge Shorts",
        category="Lounge Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: pink short-sleeve lounge tee printed "WEEKEND MODE" in white, no pocket, worn with grey lounge shorts;
    # white backdrop. All texts base model zero-shot; closed answers via reference.
    case(
        "X1149-029",
        caption("a woman in a grey t - shirt that says weekend mode", "other_garment_color"),
        Q.wearing("a pink shirt and grey shorts"),
        Q.color("pink"),
        Q.description("a pink t - shirt with the words weekend mode on it and a pocket on the chest", "unsupported"),
        Q.details("the garment details", "restated"),
        Q.material("cotton"),
        title="Kanvin Women Pink Printed Lounge T-shirt",
        category="Lounge Tshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: flat lay of three hipster briefs, black, pink and light blue, plain elastic waistbands with a woven
    # logo; white background, no person. All texts base model zero-shot; closed answers via reference.
    case(
        "X1149-030",
        caption("three pairs of underwear on a white background"),
        wearing("underwear Question: What is the person wearing? Answer: underwear", "leak"),
        color_of("briefs", "black"),
        describe("briefs", "three pairs of panties in black, pink and blue"),
        details("briefs", "the briefs have a lace waistband", "unsupported"),
        is_a("bra", "yes", "contradiction"),
        title="Jockey Women Pack of 3 Hipster Briefs 1406",
        category="Briefs",
        color="Multi",
        gender="Women",
    ),
    # photo: nude high-waist shaping brief reaching just under the bust, worn with a nude bra; white backdrop.
    # All texts base model zero-shot; closed answers via reference.
    case(
        "X1149-031",
        caption(
            "a woman wearing beige underwear and a beige bra and beige underwear and a beige bra and beige underwear"
            " and a beige bra and beige underwear and a beige bra and",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("shapewear"),
        B.color("white", "contradiction"),
        B.material("the garment is made of fabric", "restated"),
        describe("shapewear", "a high waisted girdle"),
        wearing("she is wearing a bra and girdle", who="she"),
        title="Triumph Women Skin Coloured Tummy Tucker Shapewear",
        category="Shapewear",
        color="Skin",
        gender="Women",
    ),
    # photo: maroon lace bra and matching maroon lace briefs; a white armchair behind her; off-white backdrop.
    # All texts base model zero-shot; closed answers via reference.
    case(
        "X1149-032",
        caption("a woman in a burgundy lingerie set standing in front of a white chair"),
        Q.wearing("a bra and panties"),
        Q.color("maroon"),
        Q.pattern("lace"),
        Q.description("a maroon lace bra and matching panties with a garter belt", "unsupported"),
        Q.details(
            "Question: What are the details of the garment? Answer: The bra is made of lace. Question: What are the"
            " details of the",
            "leak",
            hit_limit=True,
        ),
        title="Amante Women Maroon Lace Bra and Brief Set",
        category="Lingerie Set",
        color="Maroon",
        gender="Women",
    ),
    # photo: ivory full-length long-sleeve cotton nightgown, pintucked yoke with small buttons; hair in a bun;
    # white backdrop. All texts base model zero-shot; closed answers via reference.
    case(
        "X1149-033",
        caption("a woman in a white nightgown"),
        wearing("a long white dress"),
        color_of("nightgown", "white"),
        describe(
            "nightgown",
            "a long white nightgown with long sleeves and small buttons down the front of the yoke, it reaches down"
            " to the ankles and the sleeves are",
            "cut",
            hit_limit=True,
        ),
        details("nightgown", "she has her hair in a bun", "non_answer"),
        B.material("silk", "unsupported"),
        title="Candyskin Women Cream Cotton Nightgown",
        category="Nightdress",
        color="Cream",
        gender="Women",
    ),
    # photo: young girl in a yellow short-sleeve tee with a white duck print and yellow-and-white checked pyjama
    # pants, holding a teddy bear; white backdrop. All texts base model zero-shot; the yes/no via reference.
    case(
        "X1149-034",
        caption("a little girl in yellow pajamas holding a teddy bear"),
        wearing("he is wearing yellow pajamas", "pronoun"),
        color_of("pajamas", "yellow", kind="open"),
        describe(
            "pajamas",
            "the pajamas are yellow, the top has short sleeves and a white duck on the front and the pants are"
            " checked yellow and white with an elastic",
            "cut",
            hit_limit=True,
        ),
        details("pajamas", "a duck on the shirt and a duck on the pants", "unsupported"),
        is_a("night suit", "yes"),
        title="Sweet Dreams Girls Yellow Duck Print Night Suit",
        category="Night suits",
        color="Yellow",
        gender="Girls",
    ),
    # photo: purple strapless moulded bra (no straps attached), worn with black skinny jeans; white backdrop.
    # All texts base model zero-shot; closed answers via reference.
    case(
        "X1149-035",
        caption("a woman in a purple bra and black jeans"),
        B.garment_type("bra"),
        B.color("purple"),
        B.pattern("solid"),
        describe("bra", "a purple bra with thin straps", "contradiction"),
        wearing("black jeans and a purple bra"),
        details("bra", "black", "other_garment_color"),
        title="Enamor Women Purple Strapless Multiway Bra",
        category="Bra",
        color="Purple",
        gender="Women",
    ),
    # photo: plain grey melange racerback camisole, worn with light-blue denim shorts; white backdrop.
    # All texts base model zero-shot; closed answers via reference.
    case(
        "X1149-036",
        caption("a woman wearing a gray tank top and denim shorts"),
        Q.wearing("a grey tank top and jean shorts"),
        Q.garment_type("shorts", "contradiction"),
        Q.color("grey"),
        Q.description("a blue tank top", "other_garment_color"),
        Q.details("the details of the garment", "restated"),
        Q.material("cotton"),
        title="Clovia Women Grey Melange Cotton Camisole",
        category="Camisoles",
        color="Grey",
        gender="Women",
    ),
    # photo: man in a navy cotton crew-neck t-shirt and navy-and-white checked cotton pyjama pants; white backdrop.
    # All texts base model zero-shot; the closed color via reference.
    case(
        "X1149-037",
        caption("a man in a blue shirt and plaid pants"),
        wearing("he is wearing a blue t - shirt and plaid pajama pants", who="he"),
        color_of("pajamas", "navy blue"),
        describe("pajamas", "she is wearing blue plaid pajama pants", "pronoun"),
        details("pajamas", "pajamas", "non_answer"),
        B.material("silk", "unsupported"),
        title="Jockey Men Navy Blue Checked Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in grey melange jogger lounge pants with cuffed ankles and a black crew t-shirt; white backdrop.
    # All texts base model zero-shot; closed answers via reference.
    case(
        "X1149-038",
        caption("a man in a black t - shirt and gray sweatpants"),
        Q.wearing("sweatpants and a black t - shirt"),
        Q.color("black", "contradiction"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.description("the sweatpants are black", "other_garment_color"),
        Q.details("elastic cuffs at the ankles"),
        Q.material("cotton"),
        title="Hanes Men Grey Melange Jogger Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in a white ribbed sleeveless vest tucked into blue jeans; white backdrop.
    # All texts base model zero-shot (color asked open); the yes/no via reference.
    case(
        "X1149-039",
        caption("a man in a white tank top and jeans"),
        wearing("a white tank top and blue jeans", who="he"),
        color_of("vest", "blue", "other_garment_color", kind="open"),
        describe("vest", "a white tank top with a pocket on the chest", "unsupported"),
        details("vest", "ribbed"),
        is_a("vest", "yes"),
        title="Jockey Men White Innerwear Vest 8820",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: man in blue-and-white checked woven boxers with an elastic waistband and a one-button fly, a white vest
    # on top; white backdrop. All texts base model zero-shot; closed answers via reference.
    case(
        "X1149-040",
        caption("a man in white tank top and blue shorts"),
        B.garment_type("shorts"),
        B.color("white", "contradiction"),
        B.pattern("checked"),
        describe("boxers", "blue and white checked boxer shorts with a button fly"),
        details("boxers", "she is wearing blue plaid boxers", "pronoun"),
        wearing("a white tank top and white boxers", "other_garment_color", who="he"),
        title="Playboy Men Blue Checked Boxers",
        category="Boxers",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a maroon terry bath robe with a shawl collar (no hood), two patch pockets, belt tied, grey
    # shorts showing below; white backdrop. All texts base model zero-shot; closed answers via reference.
    case(
        "X1149-041",
        caption("a man in a red bathrobe"),
        Q.wearing("she is wearing a red bathrobe", "pronoun"),
        Q.color("maroon"),
        Q.description("a red bathrobe with a hood and two pockets", "unsupported"),
        Q.details("yes", "non_answer"),
        Q.material("terry cloth"),
        title="Spaces Men Maroon Terry Bath Robe",
        category="Bath Robe",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in black knee-length knit lounge shorts with side pockets and a grey melange t-shirt; white
    # backdrop. All texts base model zero-shot (color asked open).
    case(
        "X1149-042",
        caption("a man in a gray shirt and black shorts"),
        wearing("she is wearing shorts and a t - shirt", "pronoun", who="he"),
        color_of("shorts", "grey", "other_garment_color", kind="open"),
        describe("shorts", "black shorts with pockets on the side"),
        details("shorts", "the shorts details", "restated"),
        B.material("cotton"),
        title="Jockey Men Black Lounge Shorts 9411",
        category="Lounge Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: bare-chested man in black trunks with a red elastic waistband carrying white logo text, cropped at the
    # thigh; white backdrop. All texts base model zero-shot; closed answers via reference.
    case(
        "X1149-043",
        caption("a man in red underwear", "contradiction"),
        B.garment_type("briefs"),
        B.color("red", "contradiction"),
        describe("trunks", "black underwear with a red waistband"),
        wearing("underwear", who="he"),
        B.material("Question: What material is the garment made of? Answer: cotton", "leak"),
        title="Jockey Men Black Trunks with Red Waistband",
        category="Trunk",
        color="Black",
        gender="Men",
    ),
    # photo: man in an olive-green short-sleeve henley lounge tee with a three-button placket and black lounge
    # pants; white backdrop. All texts base model zero-shot; closed answers via reference.
    case(
        "X1149-044",
        caption("a man wearing a black shirt and black pants", "other_garment_color"),
        Q.wearing("a green t - shirt and black pants"),
        Q.color("green"),
        Q.description(
            "a green shirt with buttons on the front, a green shirt with buttons on the front, a green shirt with"
            " buttons on the front, a green",
            "loop",
            hit_limit=True,
        ),
        Q.details("three buttons"),
        Q.material("wool", "unsupported"),
        title="Hanes Men Olive Henley Lounge T-shirt",
        category="Lounge Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in navy checked flannel lounge pants with thin red and white lines, drawstring, side pockets, worn
    # with a white t-shirt; white backdrop. All texts base model zero-shot (color asked open). No color column.
    case(
        "X1149-045",
        caption("a man in a white shirt and blue plaid pants"),
        wearing("a white shirt and white pants", "other_garment_color", who="he"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        describe("pants", "blue plaid pants with red and white stripes"),
        details(
            "pants",
            "the pants are plaid with a drawstring at the waist and the legs are straight and they have a pocket on"
            " each side and a",
            "cut",
            hit_limit=True,
        ),
        is_a("pants", "yes", article="a pair of"),
        title="U.S. Polo Assn. Men Navy Blue Checked Lounge Pants",
        category="Lounge Pants",
        gender="Men",
    ),
    # photo: pink fleece robe, hood up with bunny ears, belted, over pink pyjamas with small red hearts; fluffy
    # slippers; white backdrop. All texts base model zero-shot; closed answers via reference.
    case(
        "X1149-046",
        caption("a woman in a pink bunny robe and slippers"),
        B.garment_type("robe"),
        B.color("pink"),
        describe("robe", "it is a pink robe with a hood with bunny ears"),
        details(
            "robe",
            "the robe has bunny ears on the hood. the robe has bunny ears on the hood. the robe has bunny ears on the"
            " hood. the",
            "loop",
            hit_limit=True,
        ),
        B.material("fleece Question: What is the color of the garment? Answer: pink", "leak"),
        wearing("he is wearing a pink bathrobe", "pronoun"),
        title="Kanvin Women Pink Hooded Fleece Robe",
        category="Robe",
        color="Pink",
        gender="Women",
    ),
]
