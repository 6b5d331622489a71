"""BLIND_278 (46 products; US men's and women's basics and denim, studio model shots and flat-lays): written blind in
the forty-second session. Measured blind at 60050ac (the session's rules as they stood): 82/102 failures found
(80.4%) and 0/122 correct texts flagged (0.0%). The writer's notes, verbatim:

Scenario: a US online retailer's English catalog feed of everyday basics and denim for men and women: crew and v-neck
tees, graphic tees, tanks, henleys, oxford, poplin, chambray and flannel button-downs, jeans in named washes
(rinse, dark indigo, medium wash, light wash, washed black, washed grey), chinos, chino and denim shorts, crewneck
sweatshirts and a few dresses (shirt dress, t-shirt dress, knit midi, smocked print midi, chambray midi). Most photos
are studio model shots on a white, grey or beige seamless backdrop, a few against a brick, blue or pink wall or with
a prop (a stool, a plant, a straw bag); the rest are flat-lays on white, concrete, wood or a bed sheet. The model
almost always wears a second garment (a tee with the jeans, chinos under the shirt), so most photos hold two colors.
Each row has the seller's title, category, color and gender; the seller's colors are merchandising names (Heather
Grey, Rinse, Light Wash, Oatmeal, Sage, Rust, Khaki). Two rows miss a column (one the color, one the category).

Who wrote what: captions and open answers come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase,
"a man in a white t-shirt and blue jeans"), which stops on its own and never has hit_limit, except for the twelve
items (about a quarter) whose caption came from the caption-only LoRA adapter of the original experiments (the
DeepFashion template, "The gentleman wears a short-sleeve T-shirt with pure color patterns. ..."); for most of those
one open question (wearing, description, details or material) was also routed to the adapter, as the comment before
each case says. The adapter has no end-of-answer token: every adapter text runs to its limit (50 new tokens for
captions, 30 for answers), carries hit_limit=True, and returns its template whatever the question. The closed
questions (garment_type, color, pattern, sleeve_length, the per-piece colors, "Is this a ...?") are enrich's
`--engine reference` answers, chosen from candidate sets: never a loop or a cut, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, indigo, rinse, chambray and every jean wash; grey
  for heather grey, grey marl, charcoal and washed grey; green for olive and sage; beige or tan for khaki; beige or
  white for oatmeal and cream; red or maroon for burgundy; orange for rust; black for washed black. "navy" for the
  navy-and-white Breton stripe and "blue" for a blue-stripe shirt are correct (the dominant stripe).
- Wrong shades are contradiction: navy or dark rinse denim as black, khaki as green. A color taken from the wall or
  surface (grey for a navy sweatshirt on concrete, blue for a white shirt in front of a blue wall) or from the print
  (red for a white tee with red lettering) is contradiction, not other_garment_color: no garment has it.
- The color of the other garment in the photo given to the product (the tucked-in tee's white for khaki chinos, the
  jeans' blue for a black tank) is other_garment_color, in the closed color answer, a per-piece closed answer or an
  open answer or the caption. The product's color given to the second garment (the chinos under a chambray shirt
  called blue, "a red shirt and red shorts" for a burgundy tee over khaki shorts, "a grey shirt and grey jeans" for
  grey jeans under a white tee) is also other_garment_color: the one-color-for-every-garment failure. A color no
  piece in the photo has ("black leggings" for light jeans, "black and white striped" for navy-and-white stripes,
  "light wash" for dark indigo jeans) is contradiction.
- Garment synonyms are correct: sweater for a crewneck sweatshirt, t-shirt for a henley tee or a short-sleeve henley,
  shirt for a long-sleeve henley, pants for chinos, jean shorts for denim shorts, denim shirt for chambray (and
  "denim" as the material of a chambray shirt: a cotton weave that looks like light denim). Chinos called jeans, a
  t-shirt dress called t-shirt, a chambray dress called shirt, denim shorts called "long trousers" by the adapter,
  and sleeveless called short sleeves are contradiction. Sleeves rolled to the elbow on a long-sleeve flannel,
  answered "short sleeves", is contradiction.
- Invented details not in the photo are unsupported: a drawstring on button-front chino shorts, rips, a hood on a
  crewneck, a logo on a plain garment, a belt, a necklace, a hat, lace trim, a back patch on a front-view flat-lay.
  An invented garment (a denim jacket, a white cardigan) is unsupported too.
  A material neither named nor visible (wool on a cotton waffle henley, linen on poplin, denim on twill chino
  shorts) is unsupported. Materials the title names (fleece, ribbed cotton, twill, knit) or a plain guess of cotton
  on a cotton-look jersey or poplin are correct.
- Adapter texts: one that repeats a sentence of its template is loop; one that stops mid-sentence without repeating
  is cut (even where it invented a fabric before the cut); one returned for the material question is restated, even
  where the template names a fabric. Where the adapter's template misnames the garment (denim shorts as long
  trousers) the misnaming is labelled contradiction, hit_limit kept. The template answering "What is the person
  wearing?" or a description question is cut or loop, not restated.
- Base answers that stop early mid-phrase ("it is made of", "a navy blue shirt with a") are cut without hit_limit.
  "the shorts are short", "they are jeans", "the details of the sweatshirt", "it is made of fabric" and an empty
  answer are non_answer; the material question answered with the garment's name and color is restated.
- Base answers that run on into "Question: ... Answer: ..." are leak, even when the first words are right.
- "she" for a man or "he" for a woman is pronoun, whatever else the answer says.
- Flat-lays: "What is the person wearing?" answered with the garment itself ("a white t-shirt") is correct and
  "nothing" is non_answer (the question asks about the garment shown); a table, a bed or concrete in the caption is
  correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
wash = question("wash", "What wash is the denim?", "open")

BLIND_278 = [
    # photo: man in a white crew-neck tee, blue jeans at the bottom of the frame, light grey seamless backdrop, front.
    # no adapter texts
    case(
        "X278-001",
        caption("a man in a white t-shirt and blue jeans standing in front of a grey wall"),
        D.wearing("a white t-shirt and jeans"),
        D.garment_type("t-shirt"),
        D.color("white"),
        D.sleeve_length("short sleeves"),
        title="Men's Essential Crew Neck Tee",
        category="T-Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a black ribbed tank top tucked into light-wash high-rise jeans, white backdrop, front.
    # no adapter texts
    case(
        "X278-002",
        caption("a woman in a black tank top and jeans"),
        D.wearing("a black tank top and blue jeans"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        title="Women's Ribbed Cotton Tank",
        category="Tanks",
        color="Black",
        gender="Women",
    ),
    # photo: man in dark indigo slim jeans and a grey crew tee, cropped at the chest, white backdrop, front.
    # caption: adapter
    case(
        "X278-003",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears a long trousers. The trousers are with denim",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey t-shirt and blue jeans"),
        D.garment_type("jeans"),
        D.color("grey", "other_garment_color"),
        wash("light wash", "contradiction"),
        title="Men's Slim Fit Jeans - Dark Indigo",
        category="Jeans",
        color="Indigo",
        gender="Men",
    ),
    # photo: woman in a light blue chambray button-down with two chest pockets, worn with white jeans, beige backdrop.
    # no adapter texts
    case(
        "X278-004",
        caption("a woman in a blue shirt and white pants"),
        D.wearing("a blue denim shirt and white jeans"),
        D.color("white", "other_garment_color"),
        D.details("buttons down the front and two chest pockets"),
        D.material("denim"),
        title="Women's Chambray Button-Down Shirt",
        category="Shirts",
        color="Light Blue",
        gender="Women",
    ),
    # photo: man in a heather grey long-sleeve waffle henley, three-button placket, dark jeans, white backdrop.
    # no adapter texts
    case(
        "X278-005",
        caption("a man wearing a grey long sleeve shirt and jeans"),
        D.wearing("she is wearing a grey shirt and jeans", "pronoun"),
        D.garment_type("shirt"),
        D.color("grey"),
        D.details("three buttons at the neck"),
        D.material("wool", "unsupported"),
        title="Men's Cotton Waffle Henley",
        category="Henleys",
        color="Heather Grey",
        gender="Men",
    ),
    # photo: flat-lay of a pair of medium-wash straight-leg jeans, front view, clean (no rips), on a white surface.
    # no adapter texts
    case(
        "X278-006",
        caption("a pair of blue jeans on a white background"),
        D.garment_type("jeans"),
        D.color("blue"),
        D.description(
            "a pair of blue jeans Question: what is the material of the jeans? Answer: denim",
            "leak",
        ),
        D.details("ripped knees and a button fly", "unsupported"),
        title="Women's High Rise Straight Jean",
        category="Jeans",
        color="Medium Wash",
        gender="Women",
    ),
    # photo: woman in a navy-and-white Breton striped long-sleeve tee, black pants, grey backdrop, front.
    # caption, details: adapter
    case(
        "X278-007",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black and white striped shirt and black pants", "contradiction"),
        D.color("navy"),
        D.pattern("striped"),
        D.details(
            "The T-shirt is with cotton fabric and striped patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        title="Women's Breton Stripe Long Sleeve Tee",
        category="T-Shirts",
        color="Navy/White",
        gender="Women",
    ),
    # photo: man full length in khaki chinos, a white oxford shirt tucked in (no belt visible), brown loafers, white
    # backdrop. no adapter texts
    case(
        "X278-008",
        caption("a man in a white shirt and khaki pants"),
        D.garment_type("pants"),
        D.color("white", "other_garment_color"),
        color_pants("beige"),
        D.description("a pair of khaki pants with a brown leather belt", "unsupported"),
        title="Men's Slim Chino Pant",
        category="Pants",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in a plain sage green crewneck sweatshirt and light-wash jeans, potted plant beside her, white wall.
    # no adapter texts
    case(
        "X278-009",
        caption("a woman in a green sweatshirt standing next to a plant"),
        D.wearing("a green sweater and black leggings", "contradiction"),
        D.color("green"),
        D.description("a green sweatshirt with a white logo on the front", "unsupported"),
        D.material("fleece"),
        title="Women's Fleece Crewneck Sweatshirt",
        category="Sweatshirts",
        color="Sage",
        gender="Women",
    ),
    # photo: man in a black tee with a white mountain print on the chest, black jeans, red brick wall behind, front.
    # caption, material: adapter
    case(
        "X278-010",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The gentleman wears a long trousers. The gentleman wears a short-sleeve T-shirt "
            "with graphic patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt with a mountain on it"),
        D.color("black"),
        D.pattern("graphic"),
        D.material(
            "The T-shirt is with cotton fabric and graphic patterns. It has a crew neckline. The gentleman wears a "
            "long trousers. The",
            "restated",
            hit_limit=True,
        ),
        title="Men's Mountain Graphic Tee",
        category="Graphic Tees",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a navy midi shirt dress, short sleeves, button front, tie belt at the waist, white backdrop.
    # no adapter texts
    case(
        "X278-011",
        caption("a woman in a blue dress posing for a photo"),
        D.wearing("he is wearing a navy blue shirt dress", "pronoun"),
        D.garment_type("dress"),
        D.color("black", "contradiction"),
        D.details("a tie belt at the waist and buttons down the front"),
        title="Women's Tie-Waist Shirt Dress",
        category="Dresses",
        color="Navy",
        gender="Women",
    ),
    # photo: man from the waist to the knees in medium-wash denim shorts, hem of an untucked white tee, grey backdrop.
    # no adapter texts
    case(
        "X278-012",
        caption("a man in blue denim shorts and a white shirt"),
        D.wearing("white shorts", "other_garment_color"),
        color_shorts("blue"),
        D.details("the shorts are short", "non_answer"),
        D.material("denim"),
        title="Men's 9 Inch Denim Short",
        category="Shorts",
        color="Medium Wash",
        gender="Men",
    ),
    # photo: flat-lay of a white v-neck tee on a light oak table top.
    # no adapter texts
    case(
        "X278-013",
        caption("a white t-shirt laying on a wooden table"),
        D.color("white"),
        D.description("a white v-neck t-shirt with a pocket", "unsupported"),
        D.details("the details of the t-shirt", "non_answer"),
        D.material("a white t-shirt", "restated"),
        title="Women's Organic Cotton V-Neck Tee",
        category="T-Shirts",
        color="White",
        gender="Women",
    ),
    # photo: woman in washed black skinny jeans and a white scoop-neck tank, grey backdrop, full length.
    # caption, description: adapter
    case(
        "X278-014",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a suspenders neckline. The lady wears a long trousers. The trousers are with denim fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a long trousers. The trousers are with denim fabric and pure color patterns. The lady "
            "wears a long trousers. The",
            "loop",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        color_jeans("black"),
        is_a("pair of jeans", "yes"),
        title="Women's Mid Rise Skinny Jean",
        category="Jeans",
        color="Washed Black",
        gender="Women",
    ),
    # photo: man in an unbuttoned red-and-black buffalo check flannel shirt, sleeves rolled to the elbow, over a grey
    # tee, with jeans, white backdrop. no adapter texts
    case(
        "X278-015",
        caption("a man wearing a red and black plaid shirt"),
        D.wearing("a plaid shirt over a grey t-shirt and jeans"),
        D.pattern("plaid"),
        D.sleeve_length("short sleeves", "contradiction"),
        color_shirt("grey", "other_garment_color"),
        title="Men's Buffalo Check Flannel Shirt",
        category="Shirts",
        color="Red/Black",
        gender="Men",
    ),
    # photo: woman from the waist down in olive twill chino shorts (button and belt loops), a white tee tucked in,
    # beige backdrop. no adapter texts
    case(
        "X278-016",
        caption("a woman in green shorts and a white top"),
        D.wearing("a white shirt and green shorts"),
        D.color("white", "other_garment_color"),
        D.details("a drawstring waist and side pockets", "unsupported"),
        D.material("denim", "unsupported"),
        title="Women's 5 Inch Twill Chino Short",
        category="Shorts",
        color="Olive",
        gender="Women",
    ),
    # photo: flat-lay of a navy heavyweight crewneck sweatshirt on grey concrete.
    # no adapter texts
    case(
        "X278-017",
        caption("a blue sweatshirt on a grey surface"),
        D.wearing("nothing", "non_answer"),
        D.garment_type("sweatshirt"),
        D.color("grey", "contradiction"),
        D.description("a navy blue crew neck sweatshirt"),
        title="Men's Heavyweight Crew Sweatshirt",
        category="Sweatshirts",
        color="Navy",
        gender="Men",
    ),
    # photo: man in a white oxford button-down, long sleeves, tucked into navy chinos, white backdrop, front.
    # caption, details: adapter
    case(
        "X278-018",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.color("white"),
        color_pants("blue"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        title="Men's Oxford Button-Down Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a heather grey knee-length t-shirt dress with side-seam pockets, white sneakers, white backdrop.
    # no adapter texts
    case(
        "X278-019",
        caption("a woman in a grey t-shirt dress and white sneakers"),
        D.wearing("a grey dress and a denim jacket", "unsupported"),
        D.garment_type("t-shirt", "contradiction"),
        D.details("pockets on the side"),
        D.material("it is made of fabric", "non_answer"),
        title="Women's Pocket T-Shirt Dress",
        category="Dresses",
        color="Heather Grey",
        gender="Women",
    ),
    # photo: man in a white jersey tank top and grey sweat shorts, nothing at the neck, white backdrop, front.
    # no adapter texts
    case(
        "X278-020",
        caption("a man in a white tank top and grey shorts"),
        D.wearing("a white tank top and grey shorts"),
        D.color("grey", "other_garment_color"),
        D.description("a white tank top with a gold chain necklace", "unsupported"),
        title="Men's Jersey Tank",
        category="Tanks",
        color="White",
        gender="Men",
    ),
    # photo: woman in light-wash high-waisted mom jeans, black tee tucked in, no belt, red brick wall behind.
    # no adapter texts
    case(
        "X278-021",
        caption("a woman standing in front of a brick wall wearing jeans and a black shirt"),
        D.wearing("a black shirt and blue jeans"),
        color_jeans("black", "other_garment_color"),
        wash("light wash"),
        D.description("a pair of high waisted jeans with a black belt", "unsupported"),
        title="Women's Mom Jean",
        category="Jeans",
        color="Light Wash",
        gender="Women",
    ),
    # photo: woman in a rust short-sleeve slub henley tee and blue jeans, white backdrop, front.
    # caption, wearing: adapter
    case(
        "X278-022",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long trousers. The lady wears a short-sleeve T-shirt with pure "
            "color",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("t-shirt"),
        D.color("orange"),
        title="Women's Slub Henley Tee",
        category="T-Shirts",
        color="Rust",
        gender="Women",
    ),
    # photo: man in a light blue short-sleeve poplin button-down and white shorts, white backdrop, front.
    # no adapter texts
    case(
        "X278-023",
        caption("a man in a light blue shirt and white shorts"),
        D.wearing("a blue shirt and white shorts"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        D.material("linen", "unsupported"),
        title="Men's Short Sleeve Poplin Shirt",
        category="Shirts",
        color="Light Blue",
        gender="Men",
    ),
    # photo: flat-lay of a cream cropped crewneck sweatshirt with ribbed cuffs on a white bed sheet.
    # no adapter texts
    case(
        "X278-024",
        caption("a white sweatshirt on a white bed"),
        D.color("white"),
        D.description("a cropped white sweatshirt with ribbed cuffs"),
        D.details("the details of the sweatshirt", "non_answer"),
        D.material("a white sweatshirt", "restated"),
        title="Women's Cropped Crew Sweatshirt",
        category="Sweatshirts",
        color="Cream",
        gender="Women",
    ),
    # photo: man in olive stretch chinos, black tee, white sneakers, grey backdrop, full length.
    # no adapter texts
    case(
        "X278-025",
        caption("a man in a black t-shirt and black pants", "other_garment_color"),
        D.wearing("he is wearing a black t-shirt and olive pants"),
        D.garment_type("jeans", "contradiction"),
        D.color("green"),
        color_pants("black", "other_garment_color"),
        D.details("a button and zipper fly with side pockets"),
        title="Men's Stretch Chino",
        category="Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in light-wash high-rise denim shorts (mid-thigh) and a white tank, white backdrop, front.
    # caption, material: adapter
    case(
        "X278-026",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a suspenders neckline. The lady wears a long trousers. The trousers are with denim fabric",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a white tank top and denim shorts"),
        color_shorts("blue"),
        D.material(
            "The shorts are with denim fabric and pure color patterns. The lady wears a sleeveless tank top with pure "
            "color",
            "restated",
            hit_limit=True,
        ),
        title="Women's High Rise Denim Short",
        category="Shorts",
        color="Light Wash",
        gender="Women",
    ),
    # photo: man in a burgundy pocket tee and khaki chino shorts, white backdrop, front.
    # no adapter texts
    case(
        "X278-027",
        caption("a man in a red t-shirt and khaki shorts"),
        D.wearing("a red shirt and red shorts", "other_garment_color"),
        D.color("red"),
        D.details("a pocket on the chest"),
        D.description(
            "a red t-shirt with a pocket Question: what is the color of the shorts? Answer: khaki",
            "leak",
        ),
        title="Men's Pocket Tee",
        category="T-Shirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: woman in an oversized white poplin button-down, half-tucked into black jeans, bright blue painted wall.
    # no adapter texts
    case(
        "X278-028",
        caption("a woman in a blue shirt standing against a blue wall", "contradiction"),
        D.wearing("a white shirt and black jeans"),
        D.color("white"),
        D.details("a collar, buttons and a chest pocket with a", "cut"),
        D.material("a white button down shirt", "restated"),
        title="Women's Oversized Poplin Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: man in a heather grey fleece crewneck sweatshirt (no hood, no pocket) and black jeans, white backdrop.
    # no adapter texts
    case(
        "X278-029",
        caption("a man in a grey sweatshirt and black jeans"),
        D.wearing("a grey sweatshirt and black jeans"),
        D.color("black", "other_garment_color"),
        D.details("a hood and a front pocket", "unsupported"),
        title="Men's Fleece Crewneck",
        category="Sweatshirts",
        color="Heather Grey",
        gender="Men",
    ),
    # photo: woman in a sleeveless blue-and-white floral smocked cotton midi dress, square neck, white backdrop.
    # caption, details: adapter
    case(
        "X278-030",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of long length. The lady wears a sleeveless dress with floral patterns",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue floral dress and a white cardigan", "unsupported"),
        D.color("blue"),
        D.pattern("floral"),
        D.details(
            "The dress is with chiffon fabric and floral patterns. It has a suspenders neckline. The dress is of long "
            "length. The",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Women's Smocked Cotton Midi Dress",
        category="Dresses",
        color="Blue Floral",
        gender="Women",
    ),
    # photo: flat-lay of dark rinse straight-fit jeans, front view, on white.
    # no adapter texts
    case(
        "X278-031",
        caption("a pair of dark blue jeans on a white background"),
        D.garment_type("jeans"),
        D.color("black", "contradiction"),
        D.details("five pockets and a leather patch on the back", "unsupported"),
        D.material("denim"),
        title="Men's Straight Fit Jean",
        category="Jeans",
        color="Rinse",
        gender="Men",
    ),
    # photo: woman in a plain white ribbed tank and jean shorts, sitting on a wooden stool, white backdrop.
    # no adapter texts
    case(
        "X278-032",
        caption("a woman in a white tank top sitting on a stool"),
        D.wearing("he is wearing a white tank top and jean shorts", "pronoun"),
        D.sleeve_length("sleeveless"),
        D.details("a lace trim at the neckline", "unsupported"),
        D.material("ribbed cotton"),
        title="Women's Ribbed Tank",
        category="Tanks",
        color="White",
        gender="Women",
    ),
    # photo: man in a navy short-sleeve henley (three-button placket) and khaki chinos, white backdrop, front.
    # no adapter texts
    case(
        "X278-033",
        caption("a man in a blue shirt and khaki pants"),
        D.wearing("a navy blue henley and khaki pants"),
        D.color("beige", "other_garment_color"),
        D.details("a three button placket"),
        D.description("a navy blue shirt with a", "cut"),
        title="Men's Short Sleeve Henley",
        category="Henleys",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in black pleated wide-leg chinos, a white tee tucked in, white backdrop, full length.
    # caption: adapter
    case(
        "X278-034",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and black pants"),
        color_pants("white", "other_garment_color"),
        D.details("pleats at the front and a high waist"),
        title="Women's Pleated Wide Leg Chino",
        category="Pants",
        color="Black",
        gender="Women",
    ),
    # photo: flat-lay of three folded plain white crew tees (a 3-pack) on light grey.
    # no adapter texts
    case(
        "X278-035",
        caption("three white t-shirts on a grey background"),
        D.wearing(
            "a white t-shirt Question: what is the color of the t-shirt? Answer: white",
            "leak",
        ),
        D.color("white"),
        D.description("a white t-shirt with a black logo on the chest", "unsupported"),
        title="Men's Cotton Crew Neck Tee 3-Pack",
        category="T-Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a black sleeveless ribbed knit midi dress, holding a straw tote bag, no hat, white backdrop.
    # no adapter texts
    case(
        "X278-036",
        caption("a woman in a black dress holding a straw bag"),
        D.wearing("a black dress and a straw hat", "unsupported"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("knit"),
        title="Women's Ribbed Knit Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: man in light-wash relaxed jeans and a navy crewneck sweatshirt, white backdrop, full length.
    # no adapter texts
    case(
        "X278-037",
        caption("a man in a blue sweatshirt and jeans"),
        D.wearing("she is wearing a blue sweater and jeans", "pronoun"),
        color_jeans("navy", "other_garment_color"),
        wash("light wash"),
        D.details("they are jeans", "non_answer"),
        title="Men's Relaxed Fit Jean",
        category="Jeans",
        color="Light Wash",
        gender="Men",
    ),
    # photo: man in a black heavyweight crew tee and grey chino shorts, white backdrop, front.
    # caption, details: adapter
    case(
        "X278-038",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.color("black"),
        D.sleeve_length("short sleeves"),
        D.details(
            "The T-shirt is with cotton fabric and pure color patterns. It has a crew neckline. The T-shirt is with "
            "cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        title="Men's Heavyweight Tee",
        category="T-Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a blue-and-white vertical striped button-down, long sleeves, white jeans, grey backdrop.
    # no adapter texts
    case(
        "X278-039",
        caption("a woman wearing a blue and white striped shirt and white jeans"),
        D.wearing("a striped shirt and white pants"),
        D.color("blue"),
        D.details("a pocket on the chest and a", "cut"),
        D.description(
            "a blue and white striped shirt with a collar Question: what is the color of the pants? Answer: white",
            "leak",
        ),
        title="Women's Striped Button-Down Shirt",
        category="Shirts",
        color="Blue Stripe",
        gender="Women",
    ),
    # photo: flat-lay of khaki 7-inch chino shorts, no belt, on white.
    # no adapter texts
    case(
        "X278-040",
        caption("a pair of khaki shorts"),
        D.garment_type("shorts"),
        D.color("green", "contradiction"),
        D.details("a belt and a button", "unsupported"),
        D.material("cotton twill"),
        title="Men's 7 Inch Twill Chino Short",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in a grey marl crewneck sweatshirt and blue jeans, white backdrop, front.
    # caption, description: adapter
    case(
        "X278-041",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.color("grey"),
        D.description(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "lady wears a long-sleeve sweater",
            "loop",
            hit_limit=True,
        ),
        is_a("hoodie", "no"),
        title="Women's Classic Crew Sweatshirt",
        category="Sweatshirts",
        color="Grey Marl",
        gender="Women",
    ),
    # photo: man in washed grey slim jeans and a white tee, mid-grey backdrop, full length.
    # no adapter texts
    case(
        "X278-042",
        caption("a man in a white t-shirt and grey jeans"),
        D.wearing("a grey shirt and grey jeans", "other_garment_color"),
        D.color("white", "other_garment_color"),
        color_jeans("grey"),
        D.material("", "non_answer"),
        title="Men's Slim Jean",
        category="Jeans",
        color="Washed Grey",
        gender="Men",
    ),
    # photo: woman in a sleeveless chambray button-front midi dress, white backdrop, front. The feed has no color.
    # no adapter texts
    case(
        "X278-043",
        caption("a woman in a blue denim dress"),
        D.wearing("she is wearing a denim dress"),
        D.garment_type("shirt", "contradiction"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("buttons down the front"),
        title="Women's Chambray Button-Front Midi Dress",
        category="Dresses",
        gender="Women",
    ),
    # photo: man in an oatmeal long-sleeve crew tee and blue jeans, white backdrop. The feed has no category.
    # no adapter texts
    case(
        "X278-044",
        caption("a man wearing a beige long sleeve shirt and jeans"),
        D.wearing("she is wearing a white shirt and jeans", "pronoun"),
        D.garment_type("sweatshirt", "contradiction"),
        D.color("beige"),
        D.sleeve_length("long sleeves"),
        D.material("it is made of", "cut"),
        title="Men's Long Sleeve Crew Tee",
        color="Oatmeal",
        gender="Men",
    ),
    # photo: man in a light indigo chambray shirt, long sleeves, and khaki chinos, white backdrop, front.
    # caption, material: adapter
    case(
        "X278-045",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The gentleman wears a long-sleeve shirt with pure "
            "color patterns",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and khaki pants"),
        D.color("blue"),
        color_pants("blue", "other_garment_color"),
        D.material(
            "The shirt is with denim fabric and pure color patterns. It has a lapel neckline. The gentleman wears a "
            "long trousers",
            "restated",
            hit_limit=True,
        ),
        title="Men's Chambray Shirt",
        category="Shirts",
        color="Light Indigo",
        gender="Men",
    ),
    # photo: woman in a white tee with red "California" lettering and blue jeans, pale pink wall behind, front.
    # no adapter texts
    case(
        "X278-046",
        caption("a woman in a white t-shirt standing against a pink wall"),
        D.wearing("a white t-shirt with red letters and jeans"),
        D.color("red", "contradiction"),
        D.details("a california print on the front"),
        D.description(
            "a white graphic tee Question: what is she wearing? Answer: a white graphic tee and",
            "leak",
        ),
        title="Women's California Graphic Tee",
        category="Graphic Tees",
        color="White",
        gender="Women",
    ),
]
