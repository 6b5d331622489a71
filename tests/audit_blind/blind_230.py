"""BLIND_230 (46 products; streetwear and skate shop: tees, hoodies, work jackets, cargo pants, headwear, socks):
written blind in the forty-first session. Measured blind at bdac6b9 (the session's rules as they stood): 92/127
failures found (72.4%) and 14/154 correct texts flagged (9.1%). The writer's notes, verbatim:

Scenario: an English catalog feed of a streetwear and skate shop: oversized graphic tees, long-sleeve tees, pullover
and zip-up hoodies, crewneck sweatshirts, work and chore jackets, coach jackets, cargo, carpenter and double-knee
pants, denim, sweat and cargo shorts, beanies, caps, bucket hats and socks. Photos are flat-lays (white sweep,
concrete floor, wooden boards) or models outdoors: street corners, crossings, brick walls, graffiti walls, skate
parks with ramps, ledges and chain-link fences, often with a skateboard in the frame. Models wear layered outfits
(a work jacket over a hoodie, an open flannel over a tee) and the product is only one piece of the outfit. Each row
has the seller's title, category, color and gender; a few rows miss the gender or the color, as real feeds do.

Who wrote what: most captions and all open answers not marked otherwise come from the untuned base
`Salesforce/blip2-opt-2.7b`: short, lowercase, stopping on its own (never hit_limit). Some captions and a few open
answers (marked in the comment above the case) come from the caption-only LoRA adapter: the DeepFashion template
("The man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric ..."), trained
with no end token, so each adapter text runs to its limit (50 tokens for captions, 30 for answers), carries
hit_limit=True and ends cut or looping; asked a question it returns the template. The closed questions
(garment_type, color, pattern, sleeve_length, the per-piece color questions and "Is this a ...?") are enrich's
`--engine reference` answers, picked from candidate sets: never a loop or a cut, but often the wrong candidate.

Labeling conventions and judgement calls:
- Shade words are correct: blue for navy, light wash or indigo; green for olive, sage, forest or woodland camo;
  white for cream or off-white; grey for heather, ash or washed grey; black for washed black; brown or tan for
  Hamilton brown, khaki or beige duck canvas; orange for safety orange.
- Synonyms are correct: sweatshirt or sweater for a hoodie or a crewneck, hat for a beanie, cap or bucket hat, jean
  jacket for a denim jacket, flannel or plaid shirt for an overshirt, camo for camouflage, jeans for denim carpenter
  pants, sweatpants for sweat pants, shoes for sneakers. Calling shorts "pants", a coach jacket "hoodie", or a
  tee "jacket" is a contradiction.
- Backdrops and props named in a caption (a yellow wall, a blue graffiti wall, a skateboard, a ramp, a fence) are
  correct; the wall's color given as the garment's color is a contradiction. A print, logo, stripe or collar color
  given as the garment's color (red for a white tee with a red box logo, brown for a navy jacket with a brown
  corduroy collar) is a contradiction. The color of another garment the model wears (the tee under a zip-up, the
  hoodie above cargo shorts) given as the product's color is other_garment_color.
- The base model's "one color for every garment" (a grey hoodie's grey given to the black pants worn with it, in a
  per-piece color question or in the wearing answer) is a contradiction: the piece is not the product, and the
  other texts give it its own color.
- Multi-color products: a color the product has (black for a black/white/grey socks pack, white for a black and
  white striped tee, red for a red and black plaid) is correct.
- Materials: one the title names, or one plainly visible (denim, nylon shell, fleece, knit, corduroy, mesh back,
  canvas on a work jacket), is correct; cotton on a plain tee, hoodie or cap is a correct guess; wool on an acrylic
  knit beanie is correct (they look alike). A material neither named nor visible (denim on canvas carpenter pants,
  leather, wool on a cotton crewneck, polyester on a cotton tee, silk) is unsupported.
- Invented things the photo does not show (holes in the knees, a belt under a tee, a tag or strap on a side not
  shown, a zipper on a pullover, a chest pocket, a logo on a plain hoodie) are unsupported.
- Pronouns: "he" or "a man" for a woman, "she" or "a woman" for a man, is pronoun, even where the rest is right.
  On a Unisex row any pronoun matching the model is correct.
- Adapter texts: a text that repeats a template sentence is loop; one cut mid-sentence without repeating is cut; the
  template returned for the material question is restated; the template misnaming the product (shorts as "long
  pants", a tee as a "sweater" of long sleeves) is contradiction, hit_limit kept. A template about a "person" on a
  flat-lay, or inventing trousers under a flat-laid jacket, is still labelled cut (the cut is seen first).
- A base answer that stops early in mid-phrase ("a black hoodie and a", "it is made of") is cut, without hit_limit.
  A base answer running on into "Question: ... Answer: ..." is leak even where its first words are right.
- Non-answers: empty text, "i don't know", "the details of the jacket", "they are shorts" for the shorts' details.
  Restated: the material question answered with the garment's name or color, or words of the question back
  ("the shorts are made of the shorts").
- A description that calls a 3-pack "a pair of socks" is a contradiction of the title.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, details, is_a, question

print_shirt = question("print", "What is printed on the shirt?", "open")
print_hoodie = question("print", "What is printed on the hoodie?", "open")
holding = question("holding", "What is the person holding?", "open")
fit = question("fit", "What is the fit of the garment?", "closed")

BLIND_230 = [
    # photo: man in an oversized black short-sleeve tee with a large white skull-and-roses print on the front, light
    # blue baggy jeans, in front of a graffiti wall with pink, yellow and teal tags; front view.
    # adapter: none
    case(
        "X230-001",
        caption("a man in a black t-shirt standing in front of a graffiti wall"),
        D.wearing("a black t-shirt and black jeans", "contradiction"),
        B.garment_type("t-shirt"),
        B.color("black"),
        B.pattern("graphic"),
        print_shirt("a skull with roses and a snake", "unsupported"),
        fit("slim", "contradiction"),
        title="Oversized Skull Roses Graphic Tee",
        category="T-Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay of a white oversized tee with a small red box logo on the chest, on a grey concrete floor.
    # adapter: none
    case(
        "X230-002",
        caption("a white t-shirt with a red logo on it"),
        D.description("a white t-shirt with a red box logo on the front"),
        B.color("red", "contradiction"),
        B.sleeve_length("sleeveless", "contradiction"),
        D.material("cotton"),
        D.details("a red logo on the chest and a tag on the back", "unsupported"),
        title="Box Logo Tee",
        category="T-Shirts",
        color="White",
        gender="Unisex",
    ),
    # photo: man in a heather grey pullover hoodie, black cargo pants, holding a skateboard in a concrete skate
    # park, a quarter pipe behind him; front view.
    # adapter: caption
    case(
        "X230-003",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a hooded neckline. The man wears a long pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey hoodie and black pants"),
        color_of("hoodie", "grey"),
        color_of("pants", "grey", "contradiction"),
        holding("a skateboard"),
        D.details("a zipper and a hood", "unsupported"),
        D.material("cotton and", "cut"),
        title="Heavyweight Pullover Hoodie",
        category="Hoodies",
        color="Heather Grey",
        gender="Men",
    ),
    # photo: woman in a navy zip-up hoodie worn open over a white crop tee, black bike shorts, on a sidewalk with
    # parked cars behind; front view.
    # adapter: details
    case(
        "X230-004",
        caption("a woman in a blue hoodie standing on the street"),
        D.wearing("a blue hoodie and a white shirt"),
        B.color("white", "other_garment_color"),
        B.garment_type("hoodie"),
        D.details(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a hooded neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.material("fleece"),
        D.description("he is wearing a blue zip up hoodie", "pronoun"),
        title="Fleece Zip Hoodie",
        category="Hoodies",
        color="Navy",
        gender="Women",
    ),
    # photo: man in a brown duck canvas work jacket worn open, brown corduroy collar, one chest patch pocket, a grey
    # hoodie under it with the hood out over the collar, black jeans, in front of a red brick wall.
    # adapter: none
    case(
        "X230-005",
        caption("a man wearing a brown jacket and a grey hoodie"),
        D.wearing("he is wearing a brown jacket"),
        color_of("jacket", "brown"),
        B.material("canvas"),
        D.details("a corduroy collar and a", "cut"),
        B.color("grey", "other_garment_color"),
        D.description("a brown leather jacket with a hood", "unsupported"),
        title="Duck Canvas Work Jacket Hamilton Brown",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: flat-lay of olive green ripstop cargo pants with two side cargo pockets, on a white sweep.
    # adapter: caption, details
    case(
        "X230-006",
        caption(
            "The person wears a long pants. The pants are with cotton fabric and pure color patterns. The person "
            "wears a long pants. The pants are with cotton fabric and pure color patterns. The person wears a",
            "loop",
            hit_limit=True,
        ),
        D.description("a pair of green cargo pants"),
        B.color("green"),
        D.details(
            "The pants are with cotton fabric and pure color patterns. The person wears a long pants. The pants are "
            "with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("jeans", "contradiction"),
        D.material("cotton"),
        title="Ripstop Cargo Pants",
        category="Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: man sitting on the deck of a skate ramp in khaki canvas carpenter pants with a hammer loop, a black
    # short-sleeve tee, a skateboard beside him; side view.
    # adapter: none
    case(
        "X230-007",
        caption("a man sitting on a skateboard ramp"),
        D.wearing("a black shirt and khaki pants"),
        color_of("pants", "black", "other_garment_color"),
        B.garment_type("jeans", "contradiction"),
        details(
            "pants",
            "a hammer loop Question: what are the pants details? Answer: a hammer loop",
            "leak",
        ),
        D.material("denim", "unsupported"),
        title="Canvas Carpenter Pant",
        category="Pants",
        color="Khaki",
        gender="Men",
    ),
    # photo: flat-lay of a black ribbed cuffed beanie with a small white woven label on the cuff, on wooden boards.
    # adapter: caption
    case(
        "X230-008",
        caption(
            "The person wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. There is a hat on the head. The person wears a long",
            "contradiction",
            hit_limit=True,
        ),
        B.garment_type("hat"),
        B.color("black"),
        D.material("wool"),
        D.details("a white label on the front and a pom pom on top", "unsupported"),
        is_a("beanie", "yes"),
        title="Rib Cuff Beanie",
        category="Headwear",
        color="Black",
        gender="Unisex",
    ),
    # photo: woman in an oversized purple-and-blue tie-dye tee, black bike shorts, in front of a graffiti wall with
    # green and orange tags; front view.
    # adapter: wearing
    case(
        "X230-009",
        caption("a woman standing in front of a wall with graffiti"),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        B.pattern("tie-dye"),
        B.color("green", "contradiction"),
        D.description("a purple and blue tie dye t-shirt with a hood", "unsupported"),
        B.sleeve_length("short sleeves"),
        D.material("", "non_answer"),
        title="Tie Dye Oversized Tee",
        category="T-Shirts",
        color="Purple",
        gender="Women",
    ),
    # photo: flat-lay of a forest green six-panel cap with a white embroidered logo, curved brim, three-quarter
    # front view on concrete.
    # adapter: none
    case(
        "X230-010",
        caption("a green hat with a white logo"),
        B.garment_type("cap"),
        B.color("white", "contradiction"),
        D.description("a green baseball cap with a white logo on the front"),
        D.material("a green hat", "restated"),
        D.details("a white logo and an adjustable strap in the back", "unsupported"),
        title="6 Panel Cap Forest Green",
        category="Caps",
        color="Green",
    ),
    # photo: flat-lay of three pairs of white crew socks with two black stripes at the top, on a white sweep.
    # adapter: none
    case(
        "X230-011",
        caption("three pairs of white socks with black stripes"),
        B.garment_type("socks"),
        B.color("black", "contradiction"),
        B.pattern("striped"),
        D.description("white socks with black stripes and a red logo", "unsupported"),
        D.material("cotton"),
        title="Striped Crew Socks 3-Pack",
        category="Socks",
        color="White",
        gender="Unisex",
    ),
    # photo: man skating mid-air in light blue denim shorts, a white tee, white socks, at a skate park; side view.
    # adapter: none
    case(
        "X230-012",
        caption("a man riding a skateboard in a skate park"),
        D.wearing("a white shirt and blue shorts"),
        color_of("shorts", "white", "other_garment_color"),
        details("shorts", "they are shorts", "non_answer"),
        B.garment_type("shorts"),
        D.material("jean shorts", "restated"),
        title="Baggy Denim Shorts Light Wash",
        category="Shorts",
        color="Light Blue",
        gender="Men",
    ),
    # photo: woman in a cream pullover hoodie with a small green embroidered logo on the chest, blue jeans, in front
    # of a shop window on a street; front view.
    # adapter: wearing
    case(
        "X230-013",
        caption("a woman in a white hoodie standing on the street"),
        D.wearing(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a hooded",
            "cut",
            hit_limit=True,
        ),
        B.color("white"),
        B.pattern("solid"),
        D.details("a green logo on the chest and a kangaroo pocket"),
        D.material("it is made of", "cut"),
        title="Embroidered Logo Hoodie",
        category="Hoodies",
        color="Cream",
        gender="Women",
    ),
    # photo: flat-lay of black nylon cargo shorts with a drawstring waist and two side cargo pockets, on a white
    # sweep.
    # adapter: none
    case(
        "X230-014",
        caption("a pair of black shorts on a white background"),
        B.garment_type("shorts"),
        B.color("black"),
        D.material("nylon Question: what is the color of the shorts? Answer: black", "leak"),
        D.details("a drawstring and two cargo pockets"),
        D.description("black shorts with a belt and a zipper", "unsupported"),
        title="Nylon Cargo Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a red-and-black buffalo check flannel overshirt worn open over a black hoodie, grey cargo pants,
    # in front of a graffiti wall with white and silver lettering.
    # adapter: details
    case(
        "X230-015",
        caption("a man wearing a red and black plaid jacket"),
        D.wearing("a red and black flannel shirt and a black hoodie"),
        B.pattern("plaid"),
        B.garment_type("jacket"),
        B.color("red"),
        D.details(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The man",
            "cut",
            hit_limit=True,
        ),
        D.material("flannel"),
        title="Buffalo Check Flannel Overshirt",
        category="Jackets",
        color="Red/Black",
        gender="Men",
    ),
    # photo: woman in a washed black zip-up hoodie zipped halfway, blue jeans, leaning on a graffiti wall with blue
    # and white lettering; front view.
    # adapter: none
    case(
        "X230-016",
        caption("a woman in a black hoodie leaning against a wall with graffiti"),
        D.wearing("she is wearing a black hoodie and blue jeans"),
        color_of("jeans", "black", "contradiction"),
        B.color("black"),
        D.details("a zipper and a hood and a pocket on the sleeve", "unsupported"),
        D.material("a black hoodie", "restated"),
        title="Washed Zip Hoodie",
        category="Hoodies",
        color="Washed Black",
        gender="Women",
    ),
    # photo: flat-lay of a tan canvas chore coat, button front, three patch pockets, brown corduroy collar, on a
    # white sweep.
    # adapter: caption
    case(
        "X230-017",
        caption(
            "The person wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has "
            "a lapel neckline. The person wears a long pants. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.description("a beige jacket with three pockets"),
        B.color("beige"),
        B.garment_type("shirt", "contradiction"),
        B.material("canvas"),
        D.details("buttons and pockets and a hood", "unsupported"),
        title="Canvas Chore Coat",
        category="Jackets",
        color="Tan",
        gender="Men",
    ),
    # photo: man on a street crossing in a white long-sleeve tee with black text printed down both sleeves, black
    # cargo pants; front view.
    # adapter: none
    case(
        "X230-018",
        caption("a man in a white shirt crossing the street"),
        D.wearing("a white long sleeve shirt, black pants and a black backpack", "unsupported"),
        B.sleeve_length("short sleeves", "contradiction"),
        B.color("white"),
        print_shirt("words on the sleeves"),
        D.material("cotton Question: what is the color of the shirt? Answer: white", "leak"),
        title="Sleeve Print Long Sleeve Tee",
        category="T-Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man standing on a skate park ledge in black double-knee carpenter pants, a white pullover hoodie,
    # black sneakers; full-length front view.
    # adapter: none
    case(
        "X230-019",
        caption("a woman in a white hoodie and black pants standing on a ledge", "pronoun"),
        D.wearing("a white sweatshirt and black pants"),
        color_of("pants", "white", "other_garment_color"),
        B.garment_type("pants"),
        details("pants", "double knees and a hammer loop"),
        D.material("denim", "unsupported"),
        title="Double Knee Carpenter Pant",
        category="Pants",
        color="Black",
        gender="Men",
    ),
    # photo: close-up of a woman in a safety orange watch cap beanie and a black hoodie, against a red brick wall.
    # adapter: none
    case(
        "X230-020",
        caption("a woman wearing an orange beanie and a black hoodie"),
        D.wearing("an orange hat and a black sweatshirt"),
        B.color("black", "other_garment_color"),
        B.garment_type("hat"),
        D.material("it is a hat", "restated"),
        is_a("beanie", "yes"),
        D.details("an orange hat with a pom pom on top", "unsupported"),
        title="Watch Cap Beanie Safety Orange",
        category="Headwear",
        color="Orange",
        gender="Unisex",
    ),
    # photo: man in woodland camo cargo pants and a black tee, in front of a chain-link fence at a skate park;
    # full-length front view, tee hanging over the waist.
    # adapter: caption
    case(
        "X230-021",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The man wears a long pants. The pants are with cotton fabric. The man wears a "
            "long pants",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt and camo pants"),
        B.pattern("camouflage"),
        color_of("pants", "black", "other_garment_color"),
        D.details("camouflage pants with pockets on the side and a belt", "unsupported"),
        D.material("a pair of camouflage pants", "restated"),
        title="Camo Cargo Pants Woodland",
        category="Pants",
        color="Camo",
        gender="Men",
    ),
    # photo: flat-lay of a yellow tee with a black and red flame graphic across the chest, on concrete.
    # adapter: none
    case(
        "X230-022",
        caption("a yellow t-shirt with a black and red dragon on it", "unsupported"),
        B.color("yellow"),
        B.pattern("graphic"),
        print_shirt("a black and red flame"),
        D.description(
            "a yellow shirt with a flame design Question: what is the color of the shirt? Answer: yellow",
            "leak",
        ),
        D.material("cotton"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Flame Graphic Tee",
        category="T-Shirts",
        color="Yellow",
        gender="Unisex",
    ),
    # photo: close-up of a man in a black trucker cap with a white mesh back and a white front logo, a grey hoodie,
    # a graffiti wall behind him.
    # adapter: none
    case(
        "X230-023",
        caption("a man wearing a black hat and a grey hoodie"),
        D.wearing("a black hat and a black hoodie", "contradiction"),
        B.garment_type("cap"),
        B.color("grey", "other_garment_color"),
        D.details("a white logo on the front and a mesh back"),
        D.material("mesh"),
        title="Logo Trucker Cap",
        category="Caps",
        color="Black/White",
        gender="Men",
    ),
    # photo: woman sitting on concrete steps in a sage green crewneck sweatshirt with a white puff-print logo, black
    # cargo pants; front view.
    # adapter: none
    case(
        "X230-024",
        caption("a woman sitting on the steps wearing a green sweatshirt"),
        D.wearing("he is wearing a green sweatshirt and black pants", "pronoun"),
        B.color("green"),
        B.garment_type("hoodie", "contradiction"),
        D.details("a white logo on the front"),
        D.material("wool", "unsupported"),
        title="Puff Print Cotton Crewneck",
        category="Sweatshirts",
        color="Sage",
        gender="Women",
    ),
    # photo: man in a navy canvas work jacket, zipped, brown corduroy collar, blue jeans, in front of a brick wall.
    # adapter: caption
    case(
        "X230-025",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue jacket and blue jeans"),
        D.details("a brown collar and a zipper"),
        B.color("brown", "contradiction"),
        B.material("leather", "unsupported"),
        B.garment_type("jacket"),
        title="Detroit Work Jacket Navy",
        category="Jackets",
        color="Navy",
        gender="Men",
    ),
    # photo: woman holding a skateboard at the edge of a skate park bowl, in a black-and-white horizontal striped
    # long-sleeve tee and baggy light jeans; front view.
    # adapter: none
    case(
        "X230-026",
        caption("a man holding a skateboard in a skate park", "pronoun"),
        D.wearing("a black and white striped shirt and black jeans", "contradiction"),
        B.pattern("striped"),
        B.sleeve_length("long sleeves"),
        B.color("white"),
        D.description(
            "a black and white striped shirt with long sleeves and a pocket on the chest",
            "unsupported",
        ),
        holding("a skateboard"),
        title="Striped Long Sleeve Tee",
        category="T-Shirts",
        color="Black/White",
        gender="Women",
    ),
    # photo: man sitting on a street bench in heather grey sweat shorts, a white tee, white crew socks, black
    # sneakers; full-length front view.
    # adapter: none
    case(
        "X230-027",
        caption("a man sitting on a bench"),
        D.wearing("a white shirt, grey shorts and white socks"),
        color_of("shorts", "white", "other_garment_color"),
        details("shorts", "a drawstring and pockets"),
        D.material("the shorts are made of the shorts", "restated"),
        B.garment_type("shorts"),
        title="Fleece Sweat Shorts",
        category="Shorts",
        color="Heather Grey",
        gender="Men",
    ),
    # photo: woman in an oversized plain pink pullover hoodie, black cargo pants, in front of a blue painted wall
    # with graffiti; front view.
    # adapter: wearing
    case(
        "X230-028",
        caption("a woman in a pink hoodie standing in front of a blue wall"),
        D.wearing(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a hooded neckline. The lady wears a long-sleeve sweater with pure",
            "loop",
            hit_limit=True,
        ),
        B.color("pink"),
        B.garment_type("hoodie"),
        D.description("a pink hoodie with a blue logo", "unsupported"),
        D.material("cotton"),
        title="Oversized Hoodie",
        category="Hoodies",
        color="Pink",
        gender="Women",
    ),
    # photo: flat-lay of three pairs of crew socks, one black, one white, one grey, fanned out on concrete.
    # adapter: none
    case(
        "X230-029",
        caption("three pairs of socks on a concrete floor"),
        B.garment_type("socks"),
        B.color("black"),
        D.description("a pair of black socks", "contradiction"),
        D.material("cotton Question: how many pairs of socks are there? Answer: three", "leak"),
        title="Everyday Crew Socks 3-Pack",
        category="Socks",
        color="Black/White/Grey",
        gender="Unisex",
    ),
    # photo: flat-lay of light wash denim carpenter pants with a hammer loop and a side utility pocket, on a white
    # sweep; no rips.
    # adapter: none
    case(
        "X230-030",
        caption("a pair of jeans on a white background"),
        B.garment_type("jeans"),
        B.color("blue"),
        D.details("the pants have details", "non_answer"),
        D.material("denim"),
        D.description("light blue jeans with holes in the knees", "unsupported"),
        title="Denim Carpenter Pant Light Wash",
        category="Pants",
        color="Light Blue",
        gender="Men",
    ),
    # photo: man at night on a street lit by neon signs, in a black nylon coach jacket with a small white chest
    # print and snap buttons, a grey hoodie under it with the hood out; front view.
    # adapter: none
    case(
        "X230-031",
        caption("a man in a black jacket standing on the street at night"),
        D.wearing("a black jacket and a black hoodie", "contradiction"),
        B.color("black"),
        B.material("nylon"),
        D.details("a white logo on the chest and snap", "cut"),
        B.garment_type("hoodie", "contradiction"),
        title="Nylon Coach Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay of a red and white striped knit beanie with a white pom pom, on a white sweep.
    # adapter: none
    case(
        "X230-032",
        caption("a red and white striped beanie with a pom pom"),
        B.pattern("striped"),
        B.color("red"),
        D.description("a red and white striped hat"),
        D.material("i don't know", "non_answer"),
        is_a("beanie", "no", "contradiction"),
        title="Striped Pom Beanie",
        category="Headwear",
        color="Red/White",
    ),
    # photo: man in a plain white tee with a small black chest logo, worn under an open black-and-white check flannel
    # shirt, black jeans, in front of a graffiti wall; front view. The product is the tee.
    # adapter: none
    case(
        "X230-033",
        caption("a man in a black and white flannel shirt standing in front of a graffiti wall"),
        D.wearing("a white t-shirt and a plaid shirt"),
        B.pattern("plaid", "contradiction"),
        B.color("white"),
        D.details("a black and white plaid pattern", "contradiction"),
        D.material("flannel", "unsupported"),
        title="Small Logo Tee",
        category="T-Shirts",
        color="White",
        gender="Men",
    ),
    # photo: close-up of a woman in a brown corduroy cap and a cream tee, a blurred street behind her.
    # adapter: none
    case(
        "X230-034",
        caption("a woman wearing a brown hat"),
        B.garment_type("cap"),
        B.color("brown"),
        D.material("corduroy"),
        D.details(
            "a brown hat with a white logo on the front and a red button on top",
            "unsupported",
        ),
        D.wearing(
            "a brown hat and a white shirt Question: what is the color of the hat? Answer: brown",
            "leak",
        ),
        title="Corduroy Cap",
        category="Caps",
        color="Brown",
        gender="Unisex",
    ),
    # photo: flat-lay of an ash grey full-zip hoodie, zipped up, kangaroo pockets, on a white sweep.
    # adapter: caption
    case(
        "X230-035",
        caption(
            "The person wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a hooded neckline. The person wears a long-sleeve sweater with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.description("a grey zip up hoodie"),
        B.color("white", "contradiction"),
        B.garment_type("hoodie"),
        D.details("a zipper Question: what is the color of the hoodie? Answer: grey", "leak"),
        D.material("cotton"),
        title="Full Zip Hoodie Ash Grey",
        category="Hoodies",
        color="Grey",
        gender="Unisex",
    ),
    # photo: man on a skateboard at a skate park in olive cotton ripstop cargo shorts, a black pullover hoodie,
    # white socks; side view.
    # adapter: none
    case(
        "X230-036",
        caption("a man riding a skateboard at a skate park"),
        D.wearing("a black hoodie and shorts"),
        color_of("shorts", "black", "other_garment_color"),
        details("shorts", "cargo pockets on the sides"),
        D.material("", "non_answer"),
        B.garment_type("pants", "contradiction"),
        title="Cotton Ripstop Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: man on a street in a color-block pullover hoodie (black body, white sleeves and hood), grey sweatpants;
    # front view.
    # adapter: caption, details
    case(
        "X230-037",
        caption(
            "The man wears a long-sleeve sweater with color block patterns. The sweater is with cotton fabric. It has "
            "a hooded neckline. The man wears a long-sleeve sweater with color block patterns. The sweater",
            "loop",
            hit_limit=True,
        ),
        D.wearing("she is wearing a black and white sweatshirt and grey sweatpants", "pronoun"),
        B.pattern("color block"),
        B.color("grey", "other_garment_color"),
        D.details(
            "The man wears a long-sleeve sweater with color block patterns. The sweater is with cotton fabric. It has "
            "a hooded neckline. The",
            "cut",
            hit_limit=True,
        ),
        title="Color Block Hoodie",
        category="Hoodies",
        color="Black/White",
        gender="Men",
    ),
    # photo: woman in an oversized purple tee with a white cartoon graphic, light jeans, in front of a yellow painted
    # wall; front view.
    # adapter: none
    case(
        "X230-038",
        caption("a woman in a purple shirt standing in front of a yellow wall"),
        D.wearing("a purple t-shirt and jeans"),
        B.color("yellow", "contradiction"),
        print_shirt("a cartoon character"),
        D.description("a purple shirt with a cartoon on the", "cut"),
        D.material("polyester", "unsupported"),
        title="Cartoon Graphic Cotton Tee",
        category="T-Shirts",
        color="Purple",
        gender="Women",
    ),
    # photo: woman on a street in a beige sherpa fleece zip-up jacket with a brown nylon chest pocket, black
    # leggings; front view.
    # adapter: none
    case(
        "X230-039",
        caption("a woman in a tan jacket"),
        D.wearing("he is wearing a jacket and black pants", "pronoun"),
        B.color("beige"),
        B.material("fleece"),
        D.details("a zipper and a brown pocket"),
        is_a("jacket", "yes"),
        D.description("a beige jacket with a hood", "unsupported"),
        title="Sherpa Fleece Zip Jacket",
        category="Jackets",
        color="Beige",
        gender="Women",
    ),
    # photo: woman on a crosswalk in black cargo pants with buckle straps on the legs, a white crop tank; full-length
    # front view.
    # adapter: none
    case(
        "X230-040",
        caption("a man in black pants crossing the street", "pronoun"),
        D.wearing("a white tank top and black cargo pants"),
        color_of("pants", "white", "other_garment_color"),
        details("pants", "straps and buckles and pockets"),
        B.garment_type("pants"),
        D.material("the material of the pants", "non_answer"),
        title="Strap Cargo Pants",
        category="Pants",
        color="Black",
        gender="Women",
    ),
    # photo: man seen from the back in a black pullover hoodie with a large white and red back print (a rose and
    # lettering), facing a graffiti wall; back view only.
    # adapter: none
    case(
        "X230-041",
        caption("a man with his back to the camera wearing a black hoodie"),
        D.wearing("a black hoodie with a picture on the back"),
        B.color("red", "contradiction"),
        print_hoodie("a rose and words"),
        B.pattern("graphic"),
        D.details("a hoodie with a zipper on the front", "unsupported"),
        title="Back Print Rose Hoodie",
        category="Hoodies",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay of a green nylon bucket hat on a white sweep.
    # adapter: none
    case(
        "X230-042",
        caption("a blue bucket hat on a white background", "contradiction"),
        B.garment_type("hat"),
        B.color("green"),
        D.material("nylon"),
        D.description(
            "a green hat Question: what is the material of the hat? Answer: nylon",
            "leak",
        ),
        title="Nylon Bucket Hat",
        category="Headwear",
        color="Green",
        gender="Unisex",
    ),
    # photo: close-up of feet on a skateboard deck: white skate socks with a green logo on the side, black sneakers,
    # cuffed black pants just above.
    # adapter: none
    case(
        "X230-043",
        caption("a person standing on a skateboard"),
        D.wearing("white socks and black shoes"),
        B.color("green", "contradiction"),
        B.garment_type("socks"),
        D.details("a green logo and a red stripe", "unsupported"),
        title="Skate Logo Socks",
        category="Socks",
        color="White",
        gender="Unisex",
    ),
    # photo: man in a red zip-up hoodie and black jeans next to a skate ramp painted with blue and yellow graffiti;
    # front view.
    # adapter: caption, material, details
    case(
        "X230-044",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a hooded neckline. The man wears a long pants. The pants are with denim fabric and solid",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red hoodie and red pants", "contradiction"),
        B.color("red"),
        D.material(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a hooded neckline",
            "restated",
            hit_limit=True,
        ),
        D.details(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The man "
            "wears a long-sleeve sweater with",
            "loop",
            hit_limit=True,
        ),
        title="Zip Hoodie Red",
        category="Hoodies",
        color="Red",
        gender="Men",
    ),
    # photo: woman sitting on a skateboard in a parking lot in a washed grey oversized tee, black shorts, white
    # socks; front view.
    # adapter: none
    case(
        "X230-045",
        caption("a woman sitting on a skateboard in a parking lot"),
        D.wearing("she is wearing a grey shirt and black shorts"),
        B.color("black", "other_garment_color"),
        B.sleeve_length("short sleeves"),
        D.description("a grey t-shirt with a pocket on the chest", "unsupported"),
        D.material("cotton Question: what is the color of the shirt? Answer: grey", "leak"),
        title="Washed Oversized Tee",
        category="T-Shirts",
        color="Washed Grey",
        gender="Women",
    ),
    # photo: man in a blue denim chore jacket over a white tee, black pants, in front of a wall with graffiti;
    # front view.
    # adapter: none
    case(
        "X230-046",
        caption("a man in a denim jacket standing in front of a wall with graffiti"),
        D.wearing("a blue jean jacket and blue jeans", "contradiction"),
        B.color("blue"),
        B.material("denim"),
        D.details("the details of the jacket", "non_answer"),
        color_of("pants", "blue", "contradiction"),
        title="Denim Chore Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
]
