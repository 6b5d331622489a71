"""BLIND_260 (46 products; fast-fashion marketplace tops, dresses, jeans, hoodies, jackets, swim, lounge): written blind
in the forty-second session. Measured blind at 322ac7a (the session's rules as they stood): 110/140 failures found
(78.6%) and 5/178 correct texts flagged (2.8%). The writer's notes, verbatim:

Scenario: a global fast-fashion marketplace's feed of new listings, women's and men's: tees, tanks, blouses, shirts,
dresses, jeans, hoodies and sweatshirts, jackets and coats, swimwear and loungewear or pajama sets. Titles are long and
keyword-stuffed ("Women's Summer Boho Floral Print V Neck ... Beach Sundress"), seller colors are the marketplace's
own shade names (Dusty Pink, Champagne, Oatmeal, Sage Green, Heather Grey, Light Wash, Leopard, Khaki Plaid). The
photos are a mix of model shots (often styled with other garments: a tee under a jacket, a top over jeans, a
cover-up over a swimsuit; walls, streets, beaches, sofas behind) and flat-lays (on floors, bedsheets, sand, tiles,
with props such as a mug, a towel or sunglasses). Each row has the seller's title, category, color and gender; a few
rows miss the gender or the color.

Who wrote what: the run uses the untuned base `Salesforce/blip2-opt-2.7b` and the caption adapter of the original
experiments (DeepFashion-MultiModal template, "The lady wears a long-sleeve sweater with pure color patterns ...";
"The gentleman ..." for men; no hue names, only pattern words; jackets are "outer clothing", swimwear becomes a
"tank top" and "shorts"). The adapter has no end token: all its texts run to the limit (50 new tokens for captions,
30 for answers) and carry hit_limit=True, and asked any question it returns its template. The comment above each
case says which texts came from the adapter; every other caption and open answer is the base model's (short,
lowercase, stops on its own, never hit_limit). The closed questions (garment_type, color, pattern, sleeve_length,
the per-piece colors and the yes/no "Is this a ...?") are enrich's `--engine reference` answers, chosen from
candidate sets: never a loop or a cut, but they can pick the wrong candidate.

Labeling conventions and judgement calls:
- Shade words are correct: red or maroon for burgundy, gold or beige for champagne, purple for lilac, beige for
  oatmeal or sand, brown for sand and for khaki plaid, green for sage, emerald or army green, grey for heather grey
  or charcoal, blue for navy, sky blue, light wash or dark wash, white for cream, brown for leopard.
- Multicolor garments: any main color of the garment is correct (orange for a navy/orange windbreaker, black for a
  black/white varsity jacket, "black and white" for a black shirt with white hibiscus). A color that is only the
  print's or the trim's (the orange sunset on a white tee, red flowers on a white dress, pink hibiscus or flamingos,
  the purple butterfly, the white piping of a pink pajama set) is contradiction.
- The color of another garment worn in the photo (the tucked-in tank for the jeans, the tee under the jacket, the
  dress under the denim jacket, the trousers under a blouse, the black ankle boots for a brown dress) is
  other_garment_color. A color that belongs to no garment (the pink wall, the blue sea, the white sand, the white
  bedsheet, the grey floor under a flat-lay) is contradiction, and so is one color given to every piece where a
  piece has another ("black jeans" for light-wash jeans under a black top, "white pants" for beige trousers, "blue
  shorts" for khaki ones, "black shorts" for white ones, "black pants" for grey sweatpants).
- Garment synonyms are correct: sweatshirt for hoodie, sweater for a cardigan, a quarter-zip or a knit bodysuit, coat
  for a puffer or shacket, jean jacket for denim jacket, bathing suit or swimsuit for bikini, shorts or swim shorts for
  trunks, pajamas for a lounge set, t-shirt for a henley whose title says "T Shirts", hawaiian shirt for a resort shirt,
  plaid for gingham and lattice for plaid (the adapter's word), floral for a tropical leaf print.
  Naming the other worn garment as the product's type (skirt for the cardigan, dress for the denim jacket), a
  t-shirt for a t-shirt dress, shirt for a denim jacket, a hoodie for a quarter-zip, "yes" to "Is this a skirt?" for
  a tiered maxi dress, polka dots for gingham, and the adapter's "tank top and shorts" for a bikini are
  contradiction. Quilting or rib-trim stripes answered "striped", "solid" for a color-block hoodie, sleeveless for
  flutter or puff sleeves, short sleeves for a bikini, long sleeves for a short-sleeve tee or for a swimsuit under a
  long-sleeve cover-up (the sleeves are the kimono's) are contradiction.
- Materials: a material the title names (fleece, denim, satin, linen, down, flannel, knit/ribbed) is correct;
  cotton as a plausible guess on a plain cotton-look tee, hoodie or set is correct; a material that is neither named
  nor visible is unsupported (silk on a satin or chiffon-look dress or a rayon-look shirt, leather for a nylon puffer
  or bomber, cotton for swimwear, wool for a shacket whose title says flannel); "silk" for a satin pajama set titled
  "Silk Like" is unsupported (the title says it is not silk). The material of another worn garment (leather for
  jeans worn under a leather jacket, for a bodysuit tucked into a leather skirt) is contradiction.
- Invented details not in the photo (a chest pocket on a plain tee, shirt, henley or cardigan, a zipper on a
  pullover, a varsity jacket or a ribbed lounge top, a hood on a stand-collar puffer or a denim jacket, fur trim, an
  orange lining that is not visible, lace trim, a bow on an unseen back or on a plain bikini, ripped knees on clean
  flares, buttons on a pajama tee, a fly and belt loops on elastic-waist trunks) are unsupported.
- Adapter texts: a repeated template sentence is loop; one that stops mid-sentence without repeating is cut (even
  where it invented a wrist accessory, pants on a flat-lay or a T-shirt before the cut); a template returned for the
  material question is restated; "The lady" on a men's product (model shot or flat-lay) is pronoun and the adapter's
  "tank top ... shorts" for a bikini is contradiction (what the auditor sees first), hit_limit kept. The template
  answering "What is the person wearing?", "Describe the garment." or the details question does answer it: cut or
  loop, not restated.
- Base answers: a run-on "Question: ... Answer: ..." is leak even where the first words are right (also after a
  correct material); an answer that stops mid-phrase ("the garment is made of", "the pants have a", "three tank tops
  in black, white and") is cut without hit_limit; an empty answer, "nothing" for a flat-lay, "they are short", "the
  hoodie has a hood", "they are jeans" are non_answer; a material answered with the garment's name and color ("pink
  hoodie", "blue jeans", "a beige sweater and pants") is restated. "he" or "she" against the row's gender is pronoun;
  a row with no gender gets no pronoun label.
- Flat-lays: the base model answering "What is the person wearing?" with the garment ("a green hoodie", "red
  shorts") is correct; props named in the caption (a mug, a wooden table, a bed) are correct.
- Sets: per-piece colors that are both the same and true (a heather grey tracksuit, a pink pajama set) are correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_bottom = question("color_bottom", "What is the color of the bottom?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
shirt_color = question("shirt_color", "What is the shirt color?", "open")
jeans_details = question("jeans_details", "What are the jeans details?", "open")

BLIND_260 = [
    # photo: model in a navy wrap midi dress with small white and yellow flowers, flutter short sleeves, tie waist,
    # white sneakers, white brick wall behind, full-length front view.
    # adapter: none
    case(
        "X260-001",
        caption("a woman in a blue floral dress standing in front of a white brick wall"),
        D.wearing("a blue dress with white flowers"),
        D.color("blue"),
        D.pattern("floral"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details("ruffles on the sleeves and a tie at the waist"),
        D.material("silk", "unsupported"),
        title="Women's Summer Boho Floral Print V Neck Short Sleeve Ruffle Hem Wrap Midi Dress Casual Beach Sundress",
        category="Women Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: flat-lay of an olive green pullover hoodie with white drawstrings and a kangaroo pocket, on a light grey
    # wooden floor, no person.
    # adapter: caption
    case(
        "X260-002",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a hooded neckline. The pants this gentleman wears is of long length. The pants are with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey hoodie", "contradiction"),
        D.garment_type("hoodie"),
        D.color("green"),
        D.details("a kangaroo pocket and white drawstrings"),
        D.material("fleece"),
        is_a("sweatshirt", "yes"),
        title="Men's Casual Pullover Hoodie Solid Color Kangaroo Pocket Drawstring Hooded Sweatshirt Long Sleeve "
        "Fleece Top Fall Winter",
        category="Men Hoodies & Sweatshirts",
        color="Olive Green",
        gender="Men",
    ),
    # photo: model in light-wash ripped skinny jeans with a tucked-in black cropped tank top and white sneakers, white
    # studio backdrop, full-length front view.
    # adapter: none
    case(
        "X260-003",
        caption("a woman in ripped jeans and a black top"),
        D.wearing("a black top and black jeans", "contradiction"),
        color_jeans("black", "other_garment_color"),
        D.color("blue"),
        jeans_details("the jeans are ripped at the knees and the thighs"),
        D.material("denim"),
        D.description(
            "a pair of light blue jeans with rips Question: What is the fit of the jeans? Answer: skinny",
            "leak",
        ),
        title="Women's High Waisted Ripped Skinny Jeans Stretch Distressed Denim Pants Butt Lifting Jeggings "
        "Light Wash",
        category="Women Jeans",
        color="Light Blue",
        gender="Women",
    ),
    # photo: flat-lay of a white oversized tee with a large orange and purple sunset and black palm trees printed on
    # the chest, on a grey concrete floor; plain chest, no pocket.
    # adapter: caption
    case(
        "X260-004",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt"),
        D.color("orange", "contradiction"),
        D.pattern("graphic"),
        D.material("cotton"),
        D.details(
            "a sunset and palm trees printed on the front and a pocket on the chest",
            "unsupported",
        ),
        title="Men's Oversized Graphic Tee Vintage Sunset Palm Tree Print Short Sleeve Crew Neck T-Shirt Summer "
        "Streetwear Cotton Top",
        category="Men T-Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model on a beach in a leopard print triangle bikini with side-tie bottoms, sunglasses pushed up on her
    # head, sea behind.
    # adapter: details
    case(
        "X260-005",
        caption("a woman in a leopard print bikini on the beach"),
        D.wearing("he is wearing a leopard print bikini", "pronoun"),
        D.garment_type("swimsuit"),
        D.color("brown"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details(
            "The lady wears a tank top with graphic patterns. The tank top is with cotton fabric. It has a suspenders "
            "neckline. The lady",
            "contradiction",
            hit_limit=True,
        ),
        D.material("cotton", "unsupported"),
        title="Women's Two Piece Triangle Bikini Set String Tie Side High Cut Swimsuit Sexy Bathing Suit Beachwear "
        "Leopard Print",
        category="Women Swimwear",
        color="Leopard",
        gender="Women",
    ),
    # photo: man in a blue denim trucker jacket worn open over a white crew-neck tee and black jeans, grey wall,
    # three-quarter view.
    # adapter: caption
    case(
        "X260-006",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. He has an outer "
            "clothing with denim fabric. The shirt is with cotton fabric. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a denim jacket, a white shirt and black jeans"),
        D.color("white", "other_garment_color"),
        D.garment_type("shirt", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.details("buttons on the front and two chest pockets"),
        D.material("denim"),
        title="Men's Classic Denim Jacket Button Down Trucker Jacket Long Sleeve Jean Coat Casual Outerwear Washed "
        "Blue Slim Fit",
        category="Men Jackets & Coats",
        color="Medium Blue",
        gender="Men",
    ),
    # photo: model in a dusty pink oversized pullover hoodie with white "BROOKLYN" lettering on the chest, light blue
    # jeans, beige wall with a potted plant; front view, no zipper.
    # adapter: none
    case(
        "X260-007",
        caption("a woman in a pink hoodie with the word brooklyn on it"),
        D.wearing("a pink sweatshirt and jeans"),
        D.color("pink"),
        D.pattern("graphic"),
        D.description("a pink hoodie with white letters on the front and on the", "cut"),
        D.details("the hoodie has a zipper and a drawstring hood", "unsupported"),
        D.material("pink hoodie", "restated"),
        title="Women's Oversized Hoodie Letter Graphic Print Drop Shoulder Pullover Hooded Sweatshirt Casual Loose "
        "Long Sleeve Top",
        category="Women Hoodies & Sweatshirts",
        color="Dusty Pink",
        gender="Women",
    ),
    # photo: flat-lay of folded black slim jeans on a white background, brown leather patch on the back waistband.
    # adapter: caption, details, description
    case(
        "X260-008",
        caption(
            "The trousers the gentleman wears is of long length. The trousers are with denim fabric and pure color "
            "patterns. The trousers the gentleman wears is of long length. The trousers are with denim fabric",
            "loop",
            hit_limit=True,
        ),
        D.wearing("jeans"),
        D.garment_type("jeans"),
        D.color("blue", "contradiction"),
        D.details(
            "The trousers are with denim fabric and pure color patterns. The gentleman wears a long-sleeve shirt with "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.material("denim"),
        D.description(
            "The trousers the gentleman wears is of long length. The trousers are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        title="Men's Slim Fit Stretch Jeans Classic 5 Pocket Straight Leg Denim Pants Black Washed Casual Trousers",
        category="Men Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: model in a champagne satin slip midi dress, spaghetti straps, cowl neck, in a hotel hallway with a red
    # carpet; front view.
    # adapter: none
    case(
        "X260-009",
        caption("a woman in a gold dress standing in a hallway"),
        D.wearing("a satin dress"),
        D.color("beige"),
        D.sleeve_length("sleeveless"),
        D.description("a long silk dress with spaghetti straps", "unsupported"),
        D.details(
            "a cowl neck and thin straps Question: What is the length of the dress? Answer: midi",
            "leak",
        ),
        D.material("satin"),
        title="Women's Satin Slip Dress Cowl Neck Spaghetti Strap Bias Cut Midi Dress Party Cocktail Evening Summer "
        "Sexy Backless",
        category="Women Dresses",
        color="Champagne",
        gender="Women",
    ),
    # photo: man in a navy polo shirt with three white buttons and khaki chino shorts on a golf course, full length.
    # adapter: none
    case(
        "X260-010",
        caption("a man in a blue polo shirt on a golf course"),
        D.wearing("a blue shirt and blue shorts", "contradiction"),
        D.color("blue"),
        D.garment_type("polo shirt"),
        shirt_color("khaki", "other_garment_color"),
        D.details("a collar and three buttons"),
        D.material("the shirt is made of", "cut"),
        title="Men's Short Sleeve Polo Shirt Classic Fit Golf Tennis Casual Collared T-Shirt Quick Dry Solid Color "
        "Summer Top",
        category="Men Polos",
        color="Navy",
        gender="Men",
    ),
    # photo: flat-lay of a lilac quilted cropped puffer jacket with a stand collar and a silver zip, on a white
    # background; no hood.
    # adapter: caption
    case(
        "X260-011",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. It has a stand neckline. The outer "
            "clothing is with other fabric. The lady wears a long-sleeve outer clothing with pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a purple jacket with a hood", "unsupported"),
        D.color("purple"),
        D.garment_type("jacket"),
        D.details("a zipper and a hood", "unsupported"),
        D.material("down"),
        title="Women's Cropped Puffer Jacket Zip Up Quilted Padded Coat Stand Collar Long Sleeve Winter Warm Short "
        "Down Jacket Outerwear",
        category="Women Coats & Jackets",
        color="Lilac",
        gender="Women",
    ),
    # photo: shirtless man by a pool in blue swim trunks printed with green palm leaves and pink flamingos, elastic
    # drawstring waist, no fly.
    # adapter: none
    case(
        "X260-012",
        caption("a man standing by a pool in a pair of swim trunks"),
        D.wearing("blue swim shorts with flamingos"),
        D.color("pink", "contradiction"),
        D.pattern("floral"),
        D.garment_type("shorts"),
        D.details("the shorts have a zipper fly and belt loops", "unsupported"),
        D.material("cotton", "unsupported"),
        title="Men's Swim Trunks Quick Dry Board Shorts with Mesh Lining Tropical Print Beach Shorts Bathing Suit "
        "Elastic Waist Drawstring",
        category="Men Swimwear",
        color="Multicolor",
        gender="Men",
    ),
    # photo: flat-lay of an oatmeal ribbed long-sleeve crop top and matching wide-leg pants on a white bedsheet, a
    # coffee mug beside them.
    # adapter: none
    case(
        "X260-013",
        caption("a beige sweater and pants on a bed next to a cup of coffee"),
        D.wearing("pajamas"),
        color_top("beige"),
        color_pants("white", "contradiction"),
        is_a("dress", "no"),
        D.material("a beige sweater and pants", "restated"),
        D.details("the top has a zipper and the pants have pockets", "unsupported"),
        title="Women's 2 Piece Lounge Set Ribbed Knit Long Sleeve Crop Top and Wide Leg Pants Pajama Set Casual "
        "Tracksuit Sleepwear Outfit",
        category="Women Loungewear",
        color="Oatmeal",
        gender="Women",
    ),
    # photo: man in a red and black buffalo check flannel shirt worn open over a grey tee, blue jeans, brick wall.
    # adapter: caption, details
    case(
        "X260-014",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with denim fabric and pure color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red and black plaid shirt and black jeans", "contradiction"),
        D.color("red"),
        D.pattern("plaid"),
        shirt_color("grey", "other_garment_color"),
        D.details(
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The gentleman wears a long "
            "trousers. The trousers",
            "cut",
            hit_limit=True,
        ),
        D.material("flannel"),
        title="Men's Plaid Flannel Shirt Long Sleeve Button Down Casual Regular Fit Cotton Shirts Checkered Work Shirt "
        "Red Black",
        category="Men Shirts",
        color="Red/Black",
        gender="Men",
    ),
    # photo: model in a black ruched V-neck one-piece swimsuit with a white sheer long-sleeve kimono cover-up open over
    # it, standing on a wooden dock.
    # adapter: none
    case(
        "X260-015",
        caption("a woman in a black swimsuit and a white kimono"),
        D.wearing("a black bathing suit"),
        D.color("white", "other_garment_color"),
        D.garment_type("swimsuit"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description(
            "a black one piece swimsuit with a v neck Question: What is the color of the swimsuit? Answer: black",
            "leak",
        ),
        D.details("ruching on the front"),
        D.material("black swimsuit", "restated"),
        title="Women's One Piece Swimsuit Tummy Control Ruched Bathing Suit V Neck Monokini Slimming Swimwear Solid "
        "Black",
        category="Women Swimwear",
        color="Black",
        gender="Women",
    ),
    # photo: flat-lay of a full-zip hoodie, grey body with black sleeves and black hood, on a dark wooden table.
    # adapter: none
    case(
        "X260-016",
        caption("a grey and black hoodie on a wooden table"),
        D.wearing("a gray hoodie"),
        D.garment_type("hoodie"),
        D.color("grey"),
        D.pattern("solid", "contradiction"),
        D.details("a zipper on the front and black sleeves"),
        D.material("a grey and black hoodie", "restated"),
        title="Men's Full Zip Hoodie Color Block Patchwork Hooded Sweatshirt Jacket Long Sleeve Athletic Casual "
        "Workout Top Grey Black",
        category="Men Hoodies & Sweatshirts",
        color="Grey/Black",
        gender="Men",
    ),
    # photo: model in dark-wash high-rise flare jeans with a raw hem, a white ribbed bodysuit tucked in, a brown belt
    # and platform heels, pink paper backdrop; the jeans are clean, no rips.
    # adapter: none
    case(
        "X260-017",
        caption("a woman in flared jeans and a white top standing in front of a pink wall"),
        D.wearing("a white top and jeans"),
        D.color("pink", "contradiction"),
        color_jeans("blue"),
        jeans_details("the jeans have a raw hem and flared legs"),
        D.description("a pair of blue jeans with ripped knees", "unsupported"),
        D.material("blue jeans", "restated"),
        title="Women's High Rise Flare Jeans Bell Bottom Stretchy Denim Pants 70s Vintage Wide Leg Jeans Dark Wash "
        "Raw Hem",
        category="Women Jeans",
        color="Dark Blue",
        gender="Women",
    ),
    # photo: man in an army green bomber jacket zipped halfway over a black hoodie (hood out), black joggers, city
    # street; the lining is not visible.
    # adapter: caption
    case(
        "X260-018",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns and a long pants. The outer clothing "
            "is with other fabric. The pants are with cotton fabric and pure color patterns. The lady",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a green jacket and a black hoodie"),
        D.color("black", "other_garment_color"),
        D.garment_type("jacket"),
        D.details("ribbed cuffs, a zipper and an orange lining", "unsupported"),
        is_a("hoodie", "no"),
        D.material("leather", "unsupported"),
        title="Men's Bomber Jacket Lightweight Flight Jacket Zip Up Varsity Windbreaker Spring Fall Casual Outerwear "
        "Army Green Rib Cuffs",
        category="Men Jackets & Coats",
        color="Army Green",
        gender="Men",
    ),
    # photo: flat-lay of three ribbed scoop-neck tank tops (black, white, grey) fanned out on a white background.
    # adapter: none
    case(
        "X260-019",
        caption("three tank tops on a white background"),
        D.wearing(
            "a black tank top Question: What is the color of the tank top? Answer: black",
            "leak",
        ),
        D.color("black"),
        D.garment_type("tank top"),
        D.sleeve_length("sleeveless"),
        D.description("three tank tops in black, white and", "cut"),
        D.material("ribbed cotton"),
        title="Women's Basic Ribbed Tank Tops Sleeveless Scoop Neck Slim Fit Cami Summer Casual Knit Crop Top 3 Pack",
        category="Women Tops",
        color="Black/White/Grey",
        gender="Women",
    ),
    # photo: man in a black oversized hoodie with a red sun and white wave print on the front, grey sweatpants, white
    # studio backdrop.
    # adapter: none
    case(
        "X260-020",
        caption("a man in a black hoodie with a red and white design"),
        D.wearing("a black hoodie and black pants", "contradiction"),
        D.color("red", "contradiction"),
        D.pattern("graphic"),
        D.description("a black hoodie with a picture of a wave on the front"),
        D.details("the hoodie has a hood", "non_answer"),
        D.material("cotton"),
        title="Men's Anime Graphic Hoodie Japanese Streetwear Oversized Pullover Hooded Sweatshirt Harajuku Hip Hop "
        "Long Sleeve Black",
        category="Men Hoodies & Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a white tiered maxi dress with small red and green flowers, square neck, short puff sleeves,
    # smocked bodice, in a wheat field at sunset holding a straw hat; no bracelet.
    # adapter: caption
    case(
        "X260-021",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "square neckline. The lady is holding a hat. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white dress with red flowers"),
        D.color("red", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves"),
        D.details("smocking on the bodice and puffy sleeves"),
        is_a("skirt", "yes", "contradiction"),
        title="Women's Boho Maxi Dress Floral Print Square Neck Puff Sleeve Smocked Tiered Flowy Long Dress Summer "
        "Vacation Beach",
        category="Women Dresses",
        color="White",
        gender="Women",
    ),
    # photo: man in light blue ripped skinny jeans, a tucked black tee and white sneakers in front of a graffiti wall.
    # adapter: none
    case(
        "X260-022",
        caption("a man in ripped jeans standing in front of a graffiti wall"),
        D.wearing("jeans and a black shirt"),
        color_jeans("blue"),
        D.color("black", "other_garment_color"),
        jeans_details("the jeans have holes in the knees and the", "cut"),
        D.description("she is wearing a pair of ripped jeans", "pronoun"),
        D.material("denim"),
        title="Men's Ripped Skinny Jeans Distressed Destroyed Slim Fit Stretch Denim Pants Biker Jeans with Holes "
        "Light Blue",
        category="Men Jeans",
        color="Light Blue",
        gender="Men",
    ),
    # photo: model in a sage green cropped V-neck cardigan, buttoned, with a white pleated mini skirt, bookshelf
    # behind; no pocket.
    # adapter: none
    case(
        "X260-023",
        caption("a woman in a green sweater and a white skirt in front of a bookshelf"),
        D.wearing("a green cardigan and a white skirt"),
        D.color("green"),
        D.garment_type("skirt", "contradiction"),
        D.details("buttons down the front and a pocket on the chest", "unsupported"),
        D.material("knit"),
        D.description(
            "a green sweater with buttons Question: What is the color of the skirt? Answer: white",
            "leak",
        ),
        title="Women's Cropped Cardigan Sweater V Neck Button Down Long Sleeve Knit Cardigans Y2K Cute Crop Top Fall",
        category="Women Sweaters",
        color="Sage Green",
        gender="Women",
    ),
    # photo: man in a matching heather grey hoodie and jogger set with a kangaroo pocket, white sneakers, white studio.
    # adapter: caption, description
    case(
        "X260-024",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. It has a hooded",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey sweatsuit"),
        color_top("grey"),
        color_pants("grey"),
        D.description(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. The pants",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        D.details(
            "a kangaroo pocket and a drawstring hood Question: What is the color of the pants? Answer:",
            "leak",
        ),
        title="Men's 2 Piece Tracksuit Sweatsuit Set Hoodie and Jogger Pants Casual Athletic Jogging Suit Loungewear "
        "Outfit Heather Grey",
        category="Men Loungewear",
        color="Heather Grey",
        gender="Men",
    ),
    # photo: flat-lay of a burgundy crew-neck short-sleeve t-shirt dress with side pockets on a pale wooden floor.
    # adapter: none
    case(
        "X260-025",
        caption("a red t - shirt dress on a wooden floor"),
        D.wearing("a t-shirt", "contradiction"),
        D.color("red"),
        D.garment_type("dress"),
        D.details("", "non_answer"),
        D.material("cotton Question: What is the length of the dress? Answer: short", "leak"),
        title="Women's Casual T Shirt Dress Short Sleeve Crew Neck Loose Swing Dress Summer Plain Basic Mini Dress "
        "with Pockets",
        category="Women Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: man on a beach in a white long-sleeve band-collar linen shirt with the sleeves rolled to the elbow, beige
    # linen trousers, blue sea behind; no chest pocket.
    # adapter: none
    case(
        "X260-026",
        caption("a man in a white shirt standing on the beach"),
        D.wearing("a white shirt and white pants", "contradiction"),
        shirt_color("white"),
        D.color("blue", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.details(
            "the sleeves are rolled up and there is a pocket on the chest",
            "unsupported",
        ),
        D.material("linen"),
        title="Men's Linen Shirt Casual Button Up Long Sleeve Beach Shirt Summer Loose Fit Band Collar Cotton Linen "
        "Tops White",
        category="Men Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a brown ribbed mock-neck long-sleeve bodycon midi dress, black ankle boots, cream wall with a
    # round mirror.
    # adapter: caption, details
    case(
        "X260-027",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitted fabric. It has a "
            "stand neckline. The lady wears a long-sleeve dress with pure color patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "a brown dress Question: What is the length of the dress? Answer: midi",
            "leak",
        ),
        D.color("black", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.description("a long brown dress with a turtle neck"),
        D.details(
            "The dress is with knitted fabric and pure color patterns. It has a stand neckline. The dress is with "
            "knitted fabric and",
            "loop",
            hit_limit=True,
        ),
        D.material("ribbed knit"),
        title="Women's Ribbed Bodycon Midi Dress Long Sleeve Mock Neck Slim Fit Pencil Dress Fall Winter Casual Basic "
        "Dress Brown",
        category="Women Dresses",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: flat-lay of a black hooded quilted puffer jacket on grey concrete; plain hood, no fur trim, shiny nylon.
    # adapter: none
    case(
        "X260-028",
        caption("a black puffer jacket with a hood"),
        D.wearing("a black jacket"),
        D.color("black"),
        D.garment_type("coat"),
        D.pattern("striped", "contradiction"),
        D.details("a hood, a zipper and a fur trim around the hood", "unsupported"),
        D.material("leather", "unsupported"),
        title="Men's Hooded Puffer Jacket Winter Warm Padded Coat Water Resistant Quilted Jacket Outdoor Windproof "
        "Outerwear Black",
        category="Men Jackets & Coats",
        color="Black",
        gender="Men",
    ),
    # photo: model in an emerald green wrap blouse with puff long sleeves and a tie waist, tucked into black
    # high-waisted trousers, office with a plant behind; front view only.
    # adapter: none
    case(
        "X260-029",
        caption("a woman in a green blouse and black pants"),
        D.wearing("a green shirt and black pants"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.description("a green blouse with a v neck and puffy sleeves"),
        D.details("a tie at the waist and a bow on the back", "unsupported"),
        D.material("the garment is made of", "cut"),
        title="Women's Wrap V Neck Blouse Puff Long Sleeve Tie Waist Peplum Top Elegant Work Office Shirt Solid Color",
        category="Women Blouses",
        color="Emerald Green",
        gender="Women",
    ),
    # photo: man in a sand-colored heavyweight crew-neck tee and black cargo pants, concrete wall; no pocket.
    # Row has no gender.
    # adapter: none
    case(
        "X260-030",
        caption("a man in a beige t - shirt and black pants"),
        D.wearing("a brown shirt and black pants"),
        D.color("black", "other_garment_color"),
        D.garment_type("t-shirt"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("cotton"),
        D.details("a crew neck and a pocket on the chest", "unsupported"),
        title="Men's Heavyweight Cotton T-Shirt Crew Neck Short Sleeve Basic Tee Plain Casual Loose Fit Top Summer "
        "Streetwear",
        category="Men T-Shirts",
        color="Sand",
    ),
    # photo: flat-lay of a sky blue ribbed bikini (scoop-neck crop top, high-waisted bottom) on white sand with a
    # starfish and sunglasses; no bow.
    # adapter: caption
    case(
        "X260-031",
        caption(
            "The lady wears a tank top with pure color patterns and a shorts. The tank top is with knitted fabric. It "
            "has a round neckline. The shorts are with cotton fabric and pure color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue bikini"),
        color_top("blue"),
        color_bottom("white", "contradiction"),
        D.garment_type("swimsuit"),
        D.material("ribbed"),
        D.details("the swimsuit has ribbed fabric and a bow on the front", "unsupported"),
        title="Women's High Waisted Bikini Sets Ribbed Two Piece Swimsuits Scoop Neck Crop Top Bathing Suit Cheeky "
        "Bottom Swimwear",
        category="Women Swimwear",
        color="Sky Blue",
        gender="Women",
    ),
    # photo: man on a forest trail in a navy windbreaker with an orange chest panel, hood down, black shorts.
    # adapter: none
    case(
        "X260-032",
        caption("a man in a blue and orange jacket in the woods"),
        D.wearing("a blue and orange jacket and blue shorts", "contradiction"),
        D.color("orange"),
        D.pattern("color block"),
        D.details(
            "a hood and a zipper Question: What is the pattern of the jacket? Answer: color block",
            "leak",
        ),
        D.material("", "non_answer"),
        is_a("coat", "yes"),
        title="Men's Lightweight Windbreaker Jacket Hooded Waterproof Rain Jacket Packable Outdoor Hiking Running Coat "
        "Color Block",
        category="Men Jackets & Coats",
        color="Navy/Orange",
        gender="Men",
    ),
    # photo: model sitting on a sofa in charcoal fleece-lined joggers and a white cropped hoodie, living room.
    # adapter: none
    case(
        "X260-033",
        caption("a woman sitting on a couch in a white hoodie and grey pants"),
        D.wearing("a white sweatshirt and grey sweatpants"),
        D.color("white", "other_garment_color"),
        color_pants("grey"),
        D.description("grey sweatpants with a drawstring and pockets"),
        D.material("fleece"),
        D.details("the pants have a", "cut"),
        title="Women's Fleece Lined Sweatpants Jogger Pants High Waisted Drawstring Athletic Lounge Pants with Pockets "
        "Workout Running",
        category="Women Pants",
        color="Charcoal",
        gender="Women",
    ),
    # photo: flat-lay of a burgundy waffle-knit long-sleeve henley with three buttons on a white background; no pocket.
    # adapter: caption, material
    case(
        "X260-034",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with knitted fabric. It "
            "has a round neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red shirt with buttons on the front and a pocket", "unsupported"),
        D.color("red"),
        D.garment_type("t-shirt"),
        D.sleeve_length("long sleeves"),
        D.details("waffle knit and three buttons"),
        D.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with knitted fabric. It "
            "has a round",
            "restated",
            hit_limit=True,
        ),
        title="Men's Henley Shirt Long Sleeve Waffle Knit Casual Button Placket Thermal Tops Slim Fit Basic T Shirts",
        category="Men Tops",
        color="Burgundy",
        gender="Men",
    ),
    # photo: model in a light-wash oversized denim jacket over a yellow floral sundress, white sneakers, city street
    # with a yellow taxi; no hood.
    # adapter: none
    case(
        "X260-035",
        caption("a woman in a denim jacket and a yellow dress"),
        D.wearing("a yellow dress and a jean jacket"),
        D.color("yellow", "other_garment_color"),
        D.garment_type("dress", "contradiction"),
        D.description("a blue jean jacket that is oversized"),
        D.details("the jacket has a hood", "unsupported"),
        D.material("denim"),
        title="Women's Oversized Denim Jacket Distressed Boyfriend Jean Jacket Long Sleeve Button Down Trucker Coat "
        "Vintage Washed",
        category="Women Coats & Jackets",
        color="Light Wash",
        gender="Women",
    ),
    # photo: man in a black short-sleeve camp-collar shirt with big white and pink hibiscus flowers, white shorts,
    # palm trees behind.
    # adapter: none
    case(
        "X260-036",
        caption("a man in a hawaiian shirt standing under palm trees"),
        D.wearing("a black shirt with white flowers and black shorts", "contradiction"),
        D.color("pink", "contradiction"),
        shirt_color("black and white"),
        D.pattern("floral"),
        D.details("buttons down the front and a camp collar"),
        D.material("silk", "unsupported"),
        title="Men's Hawaiian Shirt Short Sleeve Button Down Tropical Floral Print Beach Shirts Summer Casual Aloha "
        "Vacation Top",
        category="Men Shirts",
        color="Black Floral",
        gender="Men",
    ),
    # photo: model sitting on a bed (white headboard) in a pink satin long-sleeve button-down pajama shirt and pants
    # with white piping.
    # adapter: description
    case(
        "X260-037",
        caption("a woman in pink pajamas sitting on a bed"),
        D.wearing("pajamas"),
        D.color("white", "contradiction"),
        color_pants("pink"),
        D.material("silk", "unsupported"),
        D.details("white piping on the collar and the cuffs"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with chiffon "
            "fabric. It",
            "cut",
            hit_limit=True,
        ),
        title="Women's Satin Pajama Set Long Sleeve Button Down Sleepwear Silk Like Two Piece Pj Set Loungewear "
        "Nightwear with Pants",
        category="Women Sleepwear",
        color="Pink",
        gender="Women",
    ),
    # photo: man in dark blue slim jeans, a brown leather jacket over a white tee, grey backdrop; no watch.
    # adapter: caption
    case(
        "X260-038",
        caption(
            "The gentleman wears a long-sleeve outer clothing with leather fabric and a long trousers. The trousers "
            "are with denim fabric and pure color patterns. There is an accessory on his wrist. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a brown leather jacket, a white t-shirt and jeans"),
        color_jeans("brown", "other_garment_color"),
        D.color("blue"),
        jeans_details("they are jeans", "non_answer"),
        D.material("leather", "contradiction"),
        title="Men's Stretch Slim Fit Jeans Tapered Leg Denim Pants Classic Washed Blue Jeans Casual Trousers for Men",
        category="Men Jeans",
        color="Dark Blue",
        gender="Men",
    ),
    # photo: model in a white cropped baby tee with a purple butterfly print, low-rise jeans, light blue backdrop; plain
    # hem. Row has no color.
    # adapter: none
    case(
        "X260-039",
        caption("a girl in a white crop top with a butterfly on it"),
        D.wearing(
            "she is wearing a white t-shirt with a purple butterfly Question: What is the pattern of the shirt? "
            "Answer:",
            "leak",
        ),
        D.color("purple", "contradiction"),
        D.pattern("graphic"),
        D.garment_type("t-shirt"),
        D.sleeve_length("short sleeves"),
        D.details("a butterfly print on the front and lace trim on the hem", "unsupported"),
        title="Women's Y2K Graphic Baby Tee Short Sleeve Crop Top Butterfly Print Slim Fit Cute T Shirt Summer "
        "Streetwear Teen Girls",
        category="Women T-Shirts",
        gender="Women",
    ),
    # photo: man in a navy quarter-zip fleece pullover over a white collared shirt (collar showing), grey chinos,
    # office.
    # adapter: details
    case(
        "X260-040",
        caption("a man in a blue sweater with a white collar"),
        D.wearing("she is wearing a blue sweater and grey pants", "pronoun"),
        D.color("grey", "other_garment_color"),
        D.garment_type("sweater"),
        D.details(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a stand neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.material("fleece"),
        is_a("hoodie", "yes", "contradiction"),
        title="Men's Quarter Zip Pullover Sweatshirt Long Sleeve Fleece Mock Neck Casual Sweater Athletic Golf Top "
        "Fall Winter Navy",
        category="Men Hoodies & Sweatshirts",
        color="Navy",
        gender="Men",
    ),
    # photo: model in a khaki, brown and cream plaid shacket with two chest pockets over a black turtleneck, black
    # leggings, autumn park with orange leaves.
    # adapter: none
    case(
        "X260-041",
        caption("a woman in a plaid jacket walking in a park"),
        D.wearing("a brown plaid coat and black leggings"),
        D.color("orange", "contradiction"),
        D.pattern("plaid"),
        D.description("she is wearing a plaid jacket over a black turtleneck"),
        D.details(
            "two chest pockets and buttons Question: What material is the jacket made of? Answer: wool",
            "leak",
        ),
        D.material("wool", "unsupported"),
        title="Women's Flannel Plaid Shacket Jacket Long Sleeve Button Down Shirts Oversized Boyfriend Coat Fall "
        "Outerwear with Pockets",
        category="Women Coats & Jackets",
        color="Khaki Plaid",
        gender="Women",
    ),
    # photo: flat-lay of red solid swim trunks on white tiles beside a folded white towel, no person.
    # adapter: caption
    case(
        "X260-042",
        caption(
            "The shorts this lady wears is of short length. The shorts are with cotton fabric and pure color patterns. "
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("red shorts"),
        D.color("red"),
        D.garment_type("shorts"),
        D.details("they are short", "non_answer"),
        D.material("red shorts", "restated"),
        title="Men's Swim Trunks 5 Inch Inseam Quick Dry Swim Shorts with Compression Liner Stretch Bathing Suit Solid "
        "Color Beach Shorts",
        category="Men Swimwear",
        color="Red",
        gender="Men",
    ),
    # photo: model in a pink and white gingham mini dress with puff short sleeves and a ruffle hem, sitting on a
    # picnic blanket in a park with a basket.
    # adapter: description
    case(
        "X260-043",
        caption("a woman in a pink and white checkered dress sitting on a picnic blanket"),
        D.wearing("a pink dress with white polka dots", "contradiction"),
        D.color("pink"),
        D.pattern("plaid"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.description(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a "
            "square neckline. The lady wears a short-sleeve dress with lattice patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.details("ruffles on the hem and puffy sleeves"),
        title="Women's Gingham Mini Dress Puff Short Sleeve Square Neck Smocked Ruffle Hem Summer Cute A Line Dress "
        "Picnic",
        category="Women Dresses",
        color="Pink/White",
        gender="Women",
    ),
    # photo: flat-lay on a bed of a navy crew-neck short-sleeve tee (no buttons, no pocket) and grey-and-navy plaid
    # pajama pants.
    # adapter: none
    case(
        "X260-044",
        caption("a blue shirt and plaid pants on a bed"),
        D.wearing("nothing", "non_answer"),
        color_top("blue"),
        color_pants("black", "contradiction"),
        D.pattern("plaid"),
        D.material("cotton"),
        D.details("a pocket on the chest and buttons down the front", "unsupported"),
        title="Men's Cotton Pajama Set Short Sleeve T-Shirt and Plaid Pajama Pants Sleepwear Lounge Set Soft Nightwear "
        "Two Piece PJs",
        category="Men Sleepwear",
        color="Navy/Grey Plaid",
        gender="Men",
    ),
    # photo: model in a cream ribbed long-sleeve square-neck bodysuit tucked into a black leather mini skirt, grey
    # backdrop.
    # adapter: caption
    case(
        "X260-045",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a short skirt. The sweater is with "
            "knitted fabric. It has a square neckline. The skirt is with leather fabric and pure color patterns",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a white top and a black skirt", "pronoun"),
        D.color("white"),
        D.sleeve_length("long sleeves"),
        D.description("a white long sleeve top"),
        D.material("leather", "contradiction"),
        is_a("bodysuit", "yes"),
        title="Women's Long Sleeve Square Neck Bodysuit Ribbed Knit Slim Fit Basic Stretchy Going Out Tops Leotard "
        "Body Suit",
        category="Women Tops",
        color="Cream",
        gender="Women",
    ),
    # photo: man in a varsity jacket (black body, white sleeves, striped ribbed cuffs and collar, white "B" patch on
    # the chest, snap buttons, no zipper), blue jeans, outdoor basketball court.
    # adapter: material
    case(
        "X260-046",
        caption("a man in a black and white jacket on a basketball court"),
        D.wearing("a varsity jacket and jeans"),
        D.color("black"),
        D.sleeve_length("long sleeves"),
        D.pattern("striped", "contradiction"),
        D.details("a letter b on the chest and a zipper", "unsupported"),
        D.material(
            "The gentleman wears a long-sleeve outer clothing with color block patterns. The outer clothing is with "
            "other fabric. It has a stand neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Men's Varsity Jacket Baseball Bomber Letterman Jacket Snap Button Color Block Sleeve Casual College "
        "Coat Streetwear",
        category="Men Jackets & Coats",
        color="Black/White",
        gender="Men",
    ),
]
