"""BLIND_436 (46 products; men's and women's sleepwear and loungewear from an Indian retailer): written blind in the
forty-seventh session. Measured blind at 3b8f32a (the session's rules as they stood): 111/137 failures found (81.0%)
and 6/176 correct texts flagged (3.4%). The writer's notes, verbatim:

Scenario: an English catalog feed of an Indian sleepwear and loungewear retailer (Myntra/Ajio-like titles): men's and
women's pyjama sets and night suits (shirt-collar button-down sets, tee-and-pyjama sets, shorts sets, kurta-style
rayon night suits), lounge tees, lounge shorts and boxers, joggers and track pants, cotton and satin nighties
(nightdresses, kaftans, maternity nighties, sleep shirts), robes (terry bathrobes, satin and kimono robes), a lounge
jumpsuit and a hoodie set. Vendor colors are the usual Indian-feed shades (Navy Blue, Maroon, Wine, Peach, Mint,
Teal, Lavender, Lilac, Mustard, Grey Melange, Charcoal, Off White, Beige, Olive, Dusty Pink). Photos are model shots on
studio backdrops, on beds and sofas, in front of colored walls and plants, and a few flat lays. Each row has title,
category, color and gender; a few rows miss the gender or the color.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in a
blue shirt and pants") or from the caption-only LoRA adapter (the DeepFashion template, "The gentleman wears a
long-sleeve shirt with lattice patterns. The shirt is with cotton fabric ..."). The adapter never learnt to stop: its
texts run to the limit (50 new tokens for a caption, 30 for an answer), carry hit_limit=True, and any question it is
asked gets its template back. Open questions (wearing, description, details, material and the set's own open
questions) come from the base model unless the case's comment says the adapter answered them; the base model stops
on its own and never has hit_limit. Closed questions (garment_type, color, pattern, sleeve_length, the per-piece
color questions, "Is this a ...?") are enrich's `--engine reference` answers picked from candidate sets: never a
loop, never a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, sky blue or teal; green for teal, mint or olive;
  red or maroon for wine and maroon; pink for peach, dusty pink or coral; purple for lavender and lilac; yellow for
  mustard; grey for charcoal and grey melange; white for off white; tan or brown for beige. Mustard answered orange,
  beige or dusty pink answered white and navy answered black are contradiction.
- The color of a print (white clouds, a yellow slogan, green palm leaves, red roses, white dots) given as the
  garment's color is contradiction; the color of a wall is contradiction too (no garment has it). The color of
  another garment in the photo (the tee worn with the shorts, the top of a two-color pyjama set) given to the asked
  garment is other_garment_color.
- Garment synonyms are correct: pajamas/pyjamas/night suit/pajama set, pants/trousers/sweatpants/joggers/track
  pants for lounge pants, nightgown/nighty/dress/gown for a nightdress or kaftan nighty, bathrobe/robe/kimono for
  robes, shorts/boxers, t-shirt/tee/shirt for a lounge tee, kurta for a kurta-style night-suit top, "a long shirt"
  for a button-down sleep-shirt nightdress. Jeans, leggings or coat for pyjamas, lounge pants or robes, a "dress"
  for a two-piece night suit and "a shirt and pants" for a one-piece jumpsuit are contradiction, and so are "no" to
  "Is this a dress?" for the sleep-shirt nightdress and "yes" to it for the jumpsuit. The adapter's "coat" for a long
  belted robe is contradiction (hit_limit kept); its "cardigan" for a short open kimono robe is accepted as a close
  name, so that text is judged on its loop.
- Two-piece sets named piece by piece in their own colors are correct, as are both pieces given one color when both
  really share it (grey tee with charcoal joggers). "red pajamas" for a maroon-top, pink-pyjama set is contradiction.
- Leaf, palm and botanical prints answered "floral" are accepted (the candidate set has no "leaf"); side stripes on
  track pants answered "striped" are accepted. Checks answered "striped", a cartoon print answered "solid" are
  contradiction.
- Materials: one the title names (cotton, satin, flannel, fleece, terry, rayon, modal) or a visible one (terry
  loops, waffle knit) is correct; "terry cloth" and "cotton" are both correct for a cotton terry robe; a guess of
  cotton on a plain cotton-look item whose title names no material is correct. A material that contradicts the title
  (silk for satin, cotton for rayon or modal, polyester or denim for cotton, wool for cotton joggers) is
  unsupported. The material question answered with the garment's name or color is restated; an empty answer, "fabric"
  or "the details of the pajamas" is non_answer; "it is made of" (the base stopping early) is cut, without hit_limit.
- Invented things not in the photo (slippers, sneakers or flip flops on photos cropped above the feet or on bare
  feet, a chest pocket, a collar, a hood, a belt, a bow, a slit, a hat, a towel, a pocket on a back the photo does
  not show, a T-shirt in a flat lay of shorts) are unsupported. Props and walls really in the photo (bed, sofa, mug,
  plant, brick or blue wall) are correct.
- A pack of two answered as "a pair of ..." describing one item is contradiction (the title says 2).
- Adapter texts: a repeated template sentence is loop; a text cut at the limit without repeating is cut; the template
  returned for the material question is restated even though it is also cut (for the other open questions the
  template does answer, so it is cut or loop); the template with a fabric the title contradicts (denim pyjamas) is
  unsupported, the fabric coming before the cut. "There is an accessory on her wrist" inside a looping template is
  still labelled loop. The adapter's "chiffon" for satin is left to the cut or loop (the template has no satin).
- Base answers that run on into "Question: ... Answer: ..." are leak even when the first words are right.
- "he" for a woman, "she" for a man is pronoun; so is the adapter's "The lady wears ..." for a man, which is the
  first thing the auditor meets in that text (hit_limit kept).
- "they are short" for the shorts' details and "the pants are long" are non_answer; "pajamas" alone for "Describe
  the garment." is non_answer.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_pyjamas = question("color_pyjamas", "What is the color of the pyjamas?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_robe = question("color_robe", "What is the color of the robe?", "closed")
print_q = question("print", "What is printed on the garment?", "open")
neckline = question("neckline", "What is the neckline of the garment?", "open")

BLIND_436 = [
    # photo: man standing in a navy-and-white checked button-down pyjama set, notch collar, long sleeves, matching
    # checked pyjamas, bare feet, plain white studio backdrop, front view.
    # adapter: caption, details
    case(
        "X436-001",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears long trousers. The trousers are with cotton fabric and lattice "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue plaid pajama set"),
        B.color("navy"),
        color_pyjamas("black", "contradiction"),
        B.pattern("striped", "contradiction"),
        B.sleeve_length("long sleeves"),
        D.details(
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and lattice",
            "loop",
            hit_limit=True,
        ),
        B.material("cotton"),
        title="Men Navy Blue Checked Pure Cotton Pyjama Set",
        category="Night Suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a peach round-neck short-sleeve tee printed "Sleepy Head" in white, navy pyjamas with small
    # peach stars, standing against a pink wall, front view cropped at the shins.
    # adapter: none
    case(
        "X436-002",
        caption("a woman in a pink top and blue pajama pants standing against a pink wall"),
        color_top("peach"),
        color_pyjamas("peach", "other_garment_color"),
        D.description("a pink t-shirt with the words sleepy head on it"),
        B.material("pajamas", "restated"),
        D.wearing("a pink shirt and blue pants with pink slippers", "unsupported"),
        title="Women Peach-Coloured & Navy Blue Printed Night Suit",
        category="Night Suits",
        color="Peach",
        gender="Women",
    ),
    # photo: woman sitting on a bed with white sheets in a maroon satin knee-length nightdress, spaghetti straps, lace
    # trim at the V neckline, no slit, front view.
    # adapter: caption, description
    case(
        "X436-003",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is with chiffon fabric. It has a v-shape neckline. The dress is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("she is wearing a red nightgown"),
        B.color("maroon"),
        B.material("silk", "unsupported"),
        is_a("nightgown", "yes"),
        D.details("lace trim on the neckline and a slit on the side", "unsupported"),
        D.description(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape",
            "cut",
            hit_limit=True,
        ),
        title="Women Maroon Satin Nightdress with Lace Detail",
        category="Nightdress",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in a grey melange round-neck short-sleeve lounge tee, worn with black joggers (not sold), plain white
    # backdrop, front view.
    # adapter: none
    case(
        "X436-004",
        caption("a man in a grey t-shirt and black pants"),
        B.garment_type("t-shirt"),
        B.color("black", "other_garment_color"),
        B.sleeve_length("short sleeves"),
        D.details("a grey t-shirt with a round neck"),
        B.material("cotton"),
        D.wearing("a grey shirt and grey pants", "other_garment_color"),
        title="Men Grey Melange Solid Round Neck Lounge T-shirt",
        category="Lounge Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a full-length lavender cotton nighty with small pink and white flowers, short sleeves, button
    # placket at a collarless round neck, standing in front of a beige wall.
    # adapter: material
    case(
        "X436-005",
        caption("a woman in a purple floral dress standing in front of a wall"),
        D.wearing("she is wearing a purple nightgown with a collar", "unsupported"),
        B.pattern("floral"),
        B.color("purple"),
        D.details("the dress has details", "non_answer"),
        is_a("dress", "yes"),
        B.material(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women Lavender Floral Printed Pure Cotton Maxi Nightdress",
        category="Nightdress",
        color="Lavender",
        gender="Women",
    ),
    # photo: flat lay of black woven cotton boxer shorts with a small white anchor print, elastic waistband, on white.
    # adapter: caption, details
    case(
        "X436-006",
        caption(
            "The shorts are with cotton fabric and graphic patterns. The shorts are with cotton fabric and graphic "
            "patterns. The shorts are with cotton fabric and graphic patterns. The shorts are with",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("shorts"),
        B.color("black"),
        B.pattern("printed"),
        D.description("a pair of black shorts with white anchors"),
        B.material("polyester", "unsupported"),
        D.details(
            "The shorts are with cotton fabric and graphic patterns. The shorts are with cotton fabric and graphic "
            "patterns. The shorts",
            "loop",
            hit_limit=True,
        ),
        title="Men Black Printed Pure Cotton Boxers",
        category="Boxers",
        color="Black",
        gender="Men",
    ),
    # photo: woman in mint green lounge shorts with a drawstring, worn with a white crop tee (not sold), grey backdrop,
    # cropped from the shoulders to the knees.
    # adapter: none
    case(
        "X436-007",
        caption("a woman in white shirt and green shorts"),
        color_shorts("white", "other_garment_color"),
        B.garment_type("shorts"),
        D.details("they are short", "non_answer"),
        D.wearing("white sneakers and green shorts", "unsupported"),
        title="Women Mint Green Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Mint Green",
        gender="Women",
    ),
    # photo: woman on a grey sofa with cushions in a navy long-sleeve notch-collar top with white piping and a piped
    # breast pocket, navy-and-white striped pyjamas, front view.
    # adapter: caption, description
    case(
        "X436-008",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears long trousers. The trousers are with cotton fabric and striped patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("blue pajamas"),
        color_top("navy"),
        D.details("white piping on the collar and the pocket"),
        B.sleeve_length("long sleeves"),
        B.material("fabric", "non_answer"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline.",
            "cut",
            hit_limit=True,
        ),
        title="Women Navy Blue & White Striped Pyjama Set with Piping",
        category="Night Suits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in charcoal cotton joggers with a drawstring and ribbed cuffs, white tee (not sold), studio, full
    # length, barefoot.
    # adapter: none
    case(
        "X436-009",
        caption("a man wearing a white t-shirt and grey sweatpants"),
        B.garment_type("pants"),
        color_pants("grey"),
        D.description("grey sweatpants with a drawstring waist and cuffs at the ankles"),
        B.material("wool", "unsupported"),
        D.wearing(
            "he is wearing a white shirt and grey pants and white sneakers",
            "unsupported",
        ),
        title="Men Charcoal Solid Cotton Lounge Joggers",
        category="Lounge Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a loose pink kaftan nighty with a white paisley print, wide elbow-length sleeves, ankle length,
    # white backdrop.
    # adapter: none
    case(
        "X436-010",
        caption("a woman in a pink kaftan"),
        D.wearing("he is wearing a pink dress", "pronoun"),
        B.pattern("printed"),
        B.sleeve_length("sleeveless", "contradiction"),
        B.material("it is made of", "cut"),
        B.color("white", "contradiction"),
        title="Women Pink Paisley Printed Kaftan Nightdress",
        category="Nightdress",
        color="Pink",
        gender="Women",
    ),
    # photo: man in an olive short-sleeve tee printed "DO NOT DISTURB" in white, olive-and-black checked pyjamas,
    # studio, full length.
    # adapter: caption, material
    case(
        "X436-011",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears long trousers. The trousers are with cotton fabric and lattice "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green t-shirt and plaid pajama pants"),
        color_top("green"),
        D.details(
            "the t-shirt says do not disturb Question: What is the color of the pants? Answer: green",
            "leak",
        ),
        color_pyjamas("green"),
        is_a("pair of jeans", "no"),
        B.material(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a",
            "restated",
            hit_limit=True,
        ),
        title="Men Olive Green Typography Printed Night Suit",
        category="Night Suits",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in an off-white waffle-textured cotton robe with shawl collar, tie belt and patch pockets, no hood,
    # worn over a white nighty, white bathroom tiles behind, front view.
    # adapter: caption
    case(
        "X436-012",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve coat with pure color patterns. The coat is with",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a white bathrobe"),
        B.color("white"),
        B.garment_type("robe"),
        D.details("a belt at the waist and a hood", "unsupported"),
        B.material("a white robe", "restated"),
        title="Women Off White Waffle Knit Cotton Bath Robe",
        category="Robes",
        color="Off White",
        gender="Women",
    ),
    # photo: woman sitting on a bed in a teal satin pyjama set, notch collar, long sleeves, white piping, pillows
    # behind.
    # adapter: none
    case(
        "X436-013",
        caption("a woman in a blue satin pajama set sitting on a bed"),
        D.wearing("blue pajamas"),
        B.color("green"),
        B.material("satin"),
        B.pattern("solid"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.details("the details of the pajamas", "non_answer"),
        title="Women Teal Blue Solid Satin Pyjama Set",
        category="Night Suits",
        color="Teal Blue",
        gender="Women",
    ),
    # photo: man in white lounge shorts with thin light-blue stripes and a drawstring, worn with a navy tee (not sold),
    # studio, front view only.
    # adapter: none
    case(
        "X436-014",
        caption("a man in a blue shirt and striped shorts"),
        color_shorts("navy", "other_garment_color"),
        B.pattern("striped"),
        D.description("the shorts are white with blue stripes and have a drawstring"),
        D.details("a pocket on the back", "unsupported"),
        D.wearing("she is wearing a blue shirt and shorts", "pronoun"),
        title="Men White & Blue Striped Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="White",
        gender="Men",
    ),
    # photo: woman in an oversized black modal lounge tee with dropped shoulders and short sleeves, grey joggers (not
    # sold), standing in front of a red brick wall.
    # adapter: none
    case(
        "X436-015",
        caption("a woman in a black t-shirt and grey pants standing in front of a brick wall"),
        B.garment_type("t-shirt"),
        B.color("black"),
        B.sleeve_length("long sleeves", "contradiction"),
        D.description("a black oversized t-shirt"),
        B.material("cotton", "unsupported"),
        D.wearing("a black shirt and gray pants and a red wall"),
        title="Women Black Solid Modal Oversized Lounge T-shirt",
        category="Lounge Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a sleeveless knee-length A-line mustard nighty with a white floral print, white backdrop.
    # adapter: caption, details
    case(
        "X436-016",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is with cotton fabric and floral patterns. The lady wears a sleeveless dress with "
            "floral",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a yellow dress"),
        B.color("orange", "contradiction"),
        B.pattern("floral"),
        B.sleeve_length("short sleeves", "contradiction"),
        is_a("nightgown", "yes"),
        D.details(
            "The dress is with cotton fabric and floral patterns. It has a round neckline. The dress is with cotton "
            "fabric and",
            "loop",
            hit_limit=True,
        ),
        title="Women Mustard Yellow Floral Print Cotton Nightdress",
        category="Nightdress",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in a maroon long-sleeve waffle-knit henley with three buttons and no pocket, black lounge pants (not
    # sold), grey studio backdrop.
    # adapter: none
    case(
        "X436-017",
        caption("a man in a red shirt and black pants"),
        D.wearing("a maroon henley shirt"),
        B.color("red"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.details("three buttons at the neck and a chest pocket", "unsupported"),
        B.material("cotton"),
        neckline("henley"),
        D.description(
            "a maroon shirt with three buttons Question: What is the color of the pants? Answer: black",
            "leak",
        ),
        title="Men Maroon Waffle Knit Cotton Henley Lounge T-shirt",
        category="Lounge Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in a sky-blue short-sleeve tee and sky-blue capris, both with a white cloud print, white backdrop,
    # cropped at mid-calf.
    # adapter: none
    case(
        "X436-018",
        caption("a woman in a blue shirt and blue pants with clouds on them"),
        color_top("blue"),
        color_pants("white", "contradiction"),
        D.details("clouds"),
        B.sleeve_length("short sleeves"),
        D.wearing("she is wearing a blue shirt and white pants", "contradiction"),
        D.description(
            "a blue and white pajama set with clouds on it and a pair of slippers",
            "unsupported",
        ),
        title="Women Sky Blue Cloud Print Capri Night Suit",
        category="Night Suits",
        color="Sky Blue",
        gender="Women",
    ),
    # photo: flat lay of navy cotton lounge shorts with a drawstring and two side pockets on light wooden flooring.
    # adapter: caption
    case(
        "X436-019",
        caption(
            "The shorts are with cotton fabric and pure color patterns. The gentleman wears a short-sleeve T-shirt "
            "with pure color patterns. The T-shirt is with cotton fabric. It has a round neckline. The",
            "unsupported",
            hit_limit=True,
        ),
        B.garment_type("shorts"),
        B.color("black", "contradiction"),
        D.description("navy blue shorts on a wooden floor"),
        D.details("drawstring and two side pockets"),
        B.material("denim", "unsupported"),
        title="Men Navy Blue Solid Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a wine satin two-piece set: sleeveless nighty under a long-sleeve wrap robe with a belt and lace
    # cuffs, standing in a bedroom with a bedside lamp.
    # adapter: none
    case(
        "X436-020",
        caption("a woman in a red robe standing in a bedroom"),
        D.wearing("a red robe and a red nightgown"),
        color_robe("maroon"),
        B.garment_type("robe"),
        B.material("satin"),
        D.details("a belt at the waist and lace on the sleeves"),
        title="Women Wine Satin Nightdress with Robe",
        category="Robes",
        color="Wine",
        gender="Women",
    ),
    # photo: man in blue, green and white tartan flannel pyjama pants, plain grey tee (not sold), studio, full length.
    # adapter: caption, details
    case(
        "X436-021",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears long trousers. The trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a gray shirt and plaid pants"),
        color_pants("grey", "other_garment_color"),
        B.pattern("checked"),
        B.material("flannel"),
        is_a("pair of jeans", "yes", "contradiction"),
        D.details(
            "The trousers are with cotton fabric and lattice patterns. The gentleman wears a short-sleeve T-shirt with "
            "pure",
            "cut",
            hit_limit=True,
        ),
        title="Men Blue Checked Flannel Lounge Pyjamas",
        category="Pyjamas",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a dusty pink fleece hoodie with kangaroo pocket and matching joggers, white backdrop.
    # adapter: none
    case(
        "X436-022",
        caption("a woman in a pink hoodie and pink sweatpants"),
        B.garment_type("hoodie"),
        B.color("white", "contradiction"),
        D.details("a hood with drawstrings and a kangaroo pocket"),
        B.material("fleece"),
        D.wearing("he is wearing a pink sweatshirt and pants", "pronoun"),
        B.sleeve_length("long sleeves"),
        title="Women Dusty Pink Cotton Fleece Hooded Lounge Set",
        category="Lounge Sets",
        color="Dusty Pink",
        gender="Women",
    ),
    # photo: woman in a white short-sleeve tee with a black-and-white cartoon panda on the chest and white pyjamas with
    # small black pandas, white backdrop.
    # adapter: caption, details
    case(
        "X436-023",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears long trousers. The trousers are with cotton fabric and graphic patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt with a panda on it and white pants"),
        B.color("black", "contradiction"),
        B.pattern("solid", "contradiction"),
        D.description("", "non_answer"),
        print_q("a panda"),
        D.details(
            "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        title="Women White Panda Print Cotton Pyjama Set",
        category="Night Suits",
        color="White",
        gender="Women",
    ),
    # photo: man in a teal round-neck short-sleeve lounge tee beside a potted plant, white wall, front view.
    # adapter: none
    case(
        "X436-024",
        caption("a man in a green t-shirt standing next to a plant"),
        B.color("blue"),
        B.garment_type("t-shirt"),
        D.details("a round neck and short sleeves"),
        B.material("a green t-shirt", "restated"),
        D.wearing("a green shirt and a plant"),
        D.description(
            "a green t-shirt Question: What is the color of the t-shirt? Answer: green",
            "leak",
        ),
        title="Men Teal Solid Round Neck Lounge T-shirt",
        category="Lounge Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: woman on a couch holding a white mug, in a red-and-black buffalo check flannel pyjama set, button front,
    # chest pocket, long sleeves.
    # adapter: none
    case(
        "X436-025",
        caption("a woman in red plaid pajamas holding a cup of coffee"),
        D.wearing("red and black plaid pajamas"),
        B.pattern("striped", "contradiction"),
        B.color("red"),
        D.details(
            "buttons down the front and a pocket on the chest Question: What is the material of the pajamas? Answer: "
            "flannel",
            "leak",
        ),
        B.sleeve_length("long sleeves"),
        B.material("flannel"),
        title="Women Red & Black Checked Flannel Pyjama Set",
        category="Night Suits",
        color="Red",
        gender="Women",
    ),
    # photo: flat lay of two men's woven boxers side by side on white: one navy checked, one grey solid, both with an
    # elastic waistband and a button fly.
    # adapter: none
    case(
        "X436-026",
        caption("two pairs of shorts on a white background"),
        B.garment_type("shorts"),
        B.color("black", "contradiction"),
        D.description("a pair of blue plaid shorts", "contradiction"),
        D.details("an elastic waistband and a button fly"),
        B.material("cotton"),
        is_a("pair of shorts", "yes"),
        title="Men Pack of 2 Pure Cotton Boxers",
        category="Boxers",
        color="Navy Blue & Grey",
        gender="Men",
    ),
    # photo: pregnant woman in a beige short-sleeve full-length maternity nighty with two vertical feeding zips on the
    # chest, no belt, bare wrists, white backdrop.
    # adapter: caption, material
    case(
        "X436-027",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a short-sleeve dress with pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a tan dress"),
        B.color("white", "contradiction"),
        D.details("zippers on the chest"),
        D.description("a beige dress with a zipper on the front and a belt", "unsupported"),
        is_a("nightgown", "yes"),
        B.material(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round",
            "restated",
            hit_limit=True,
        ),
        title="Women Beige Solid Maternity Feeding Nightdress",
        category="Nightdress",
        color="Beige",
        gender="Women",
    ),
    # photo: man sitting on a bed in a navy short-sleeve tee with a tiny white chest print and navy shorts with white
    # polka dots, white sheets, feet out of frame.
    # adapter: none
    case(
        "X436-028",
        caption("a man in a blue shirt and shorts sitting on a bed"),
        color_top("blue"),
        color_shorts("white", "contradiction"),
        D.wearing("a blue shirt and blue shorts"),
        D.details("the shorts have white dots"),
        B.material("pajamas", "restated"),
        D.description(
            "a blue shirt and blue shorts with white polka dots and a pair of flip flops",
            "unsupported",
        ),
        B.sleeve_length("sleeveless", "contradiction"),
        title="Men Navy Blue Printed Cotton Shorts Set",
        category="Night Suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a lilac rayon kurta-style night-suit top (hip length, three-quarter sleeves, purple leaf print)
    # and matching pyjamas, white backdrop.
    # adapter: none
    case(
        "X436-029",
        caption("a woman in a purple kurta and pants"),
        B.sleeve_length("three-quarter sleeves"),
        B.material("cotton", "unsupported"),
        B.pattern("floral"),
        D.description("a purple and white dress with a pattern", "contradiction"),
        D.details("the details of the night suit are", "cut"),
        D.wearing("he is wearing a purple kurta and pants", "pronoun"),
        title="Women Lilac Leaf Print Rayon Night Suit",
        category="Night Suits",
        color="Lilac",
        gender="Women",
    ),
    # photo: man in a plain white short-sleeve lounge tee with charcoal shorts (not sold), standing in front of a
    # bright blue wall.
    # adapter: none
    case(
        "X436-030",
        caption("a man in a white shirt standing in front of a blue wall"),
        B.color("blue", "contradiction"),
        B.garment_type("t-shirt"),
        D.wearing("a white t-shirt and white shorts", "other_garment_color"),
        B.material("cotton"),
        D.description(
            "a white t-shirt Question: What is the color of the shorts? Answer: gray",
            "leak",
        ),
        title="Men White Solid Pure Cotton Lounge T-shirt",
        category="Lounge Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in grey melange wide-leg lounge pants with a drawstring, black tank top (not sold), studio.
    # adapter: caption, wearing, material
    case(
        "X436-031",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears long pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "lady wears",
            "cut",
            hit_limit=True,
        ),
        color_pants("black", "other_garment_color"),
        B.garment_type("pants"),
        D.details("the pants are long", "non_answer"),
        B.material(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round",
            "restated",
            hit_limit=True,
        ),
        title="Women Grey Melange Wide Leg Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: man in a black terry bathrobe with shawl collar and belt, no towel, over bare legs, white tiled bathroom.
    # adapter: details
    case(
        "X436-032",
        caption("a man in a black bathrobe"),
        D.wearing("a black robe with a white towel", "unsupported"),
        color_robe("black"),
        B.material("terry cloth"),
        B.sleeve_length("long sleeves"),
        is_a("coat", "yes", "contradiction"),
        D.details(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "lapel neckline. The",
            "pronoun",
            hit_limit=True,
        ),
        title="Men Black Solid Terry Cotton Bathrobe",
        category="Robes",
        color="Black",
        gender="Men",
    ),
    # photo: woman sitting on a bed in a peach satin cami with lace trim at the V neck and matching lace-trimmed
    # shorts.
    # adapter: caption, description
    case(
        "X436-033",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a v-shape neckline. The lady wears a shorts. The shorts are with chiffon fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink tank top and shorts"),
        color_top("pink"),
        color_shorts("pink"),
        B.material("satin"),
        D.details("lace trim on the top and shorts"),
        D.description(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. The "
            "lady wears a sleeveless tank top with pure",
            "loop",
            hit_limit=True,
        ),
        title="Women Peach Satin Lace Trim Cami & Shorts Sleep Set",
        category="Night Suits",
        color="Peach",
        gender="Women",
    ),
    # photo: man in royal blue lounge shorts with a green palm-leaf print, plain white tee (not sold), studio, cropped
    # at the knees, no hat.
    # adapter: none
    case(
        "X436-034",
        caption("a man in a white shirt and blue shorts with palm trees on them"),
        B.pattern("printed"),
        color_shorts("green", "contradiction"),
        D.details("palm leaves"),
        D.wearing("a white shirt and shorts and a hat", "unsupported"),
        B.material("the shorts are blue", "restated"),
        title="Men Blue Tropical Printed Lounge Shorts",
        category="Lounge Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a knee-length navy button-down sleep shirt with white polka dots, short sleeves, shirt collar,
    # white backdrop.
    # adapter: none
    case(
        "X436-035",
        caption("a woman in a navy blue polka dot shirt"),
        D.wearing("a long shirt"),
        B.pattern("polka dot"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.color("white", "contradiction"),
        is_a("dress", "no", "contradiction"),
        D.description("a blue shirt with white polka dots and a collar"),
        title="Women Navy Blue Polka Dot Sleep Shirt Nightdress",
        category="Nightdress",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in a grey melange short-sleeve tee and charcoal joggers sold as a set, studio, full length.
    # adapter: caption
    case(
        "X436-036",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears long pants. The pants are with cotton fabric and pure color "
            "patterns. The gentleman wears a short-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.wearing("grey shirt and pants"),
        B.color("grey"),
        D.details("the shirt is grey and the pants are grey"),
        B.material("cotton"),
        D.description(
            "a grey t-shirt and pants Question: Describe the pants. Answer: grey pants",
            "leak",
        ),
        title="Men Grey Melange & Charcoal T-shirt with Joggers Lounge Set",
        category="Lounge Sets",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in a maroon short-sleeve top with a pink floral print and pink pyjamas with a maroon floral print, no
    # bow, white backdrop.
    # adapter: none
    case(
        "X436-037",
        caption("a woman wearing a red top and pink pants"),
        color_top("pink", "other_garment_color"),
        color_pyjamas("pink"),
        D.wearing("red pajamas", "contradiction"),
        B.sleeve_length("short sleeves"),
        B.material("silk", "unsupported"),
        D.details("flowers on the top and pants and a bow on the front", "unsupported"),
        title="Women Maroon & Pink Floral Print Pure Cotton Night Suit",
        category="Night Suits",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in navy track pants with a white side stripe and zip side pockets, white tee (not sold), studio.
    # adapter: none
    case(
        "X436-038",
        caption("a man wearing a white t-shirt and navy pants with white stripes"),
        B.pattern("striped"),
        color_pants("navy"),
        B.garment_type("jeans", "contradiction"),
        D.description("navy blue track pants with white stripes on the sides and zip pockets"),
        D.wearing("a man in a white shirt and blue pants"),
        D.details("the pants have details", "non_answer"),
        title="Men Navy Blue Track Pants with Side Stripes",
        category="Lounge Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a full-length white cotton nighty with white embroidery on the front yoke, short sleeves,
    # standing in front of a pale blue wall.
    # adapter: caption, neckline
    case(
        "X436-039",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is with cotton fabric and pure color patterns. It has a round neckline. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white nightgown"),
        B.color("blue", "contradiction"),
        D.details("embroidery on the chest"),
        neckline(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The",
            "cut",
            hit_limit=True,
        ),
        B.material("cotton"),
        D.description("a long white dress with embroidery on the front and a blue wall behind her"),
        title="Women White Embroidered Pure Cotton Maxi Nightdress",
        category="Nightdress",
        color="White",
        gender="Women",
    ),
    # photo: man in a black short-sleeve lounge tee printed "WEEKEND MODE" in yellow, grey shorts (not sold), studio.
    # adapter: none
    case(
        "X436-040",
        caption("a man wearing a black t-shirt that says weekend mode"),
        B.color("yellow", "contradiction"),
        B.pattern("graphic"),
        print_q("weekend mode"),
        D.details("the t-shirt has details", "non_answer"),
        D.wearing("a black shirt and", "cut"),
        B.material("polyester", "unsupported"),
        title="Men Black Typography Printed Pure Cotton Lounge T-shirt",
        category="Lounge Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in an olive knit short-sleeve lounge jumpsuit with a drawstring waist and side pockets, studio.
    # adapter: none
    case(
        "X436-041",
        caption("a woman in a green jumpsuit"),
        D.wearing("a green shirt and green pants", "contradiction"),
        B.garment_type("jumpsuit"),
        B.color("green"),
        D.details("a drawstring at the waist and pockets on the sides"),
        B.sleeve_length("short sleeves"),
        is_a("dress", "yes", "contradiction"),
        B.material("it is made of cotton and", "cut"),
        title="Women Olive Green Solid Knitted Lounge Jumpsuit",
        category="Lounge Sets",
        color="Olive",
        gender="Women",
    ),
    # photo: man in a beige-and-brown checked short-sleeve notch-collar shirt with matching long pyjamas, studio.
    # adapter: caption, details
    case(
        "X436-042",
        caption(
            "The gentleman wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears long trousers. The trousers are with denim fabric and lattice "
            "patterns. The",
            "unsupported",
            hit_limit=True,
        ),
        D.wearing("a brown plaid shirt and pants"),
        B.color("brown"),
        B.sleeve_length("short sleeves"),
        B.pattern("striped", "contradiction"),
        is_a("shirt", "yes"),
        D.details(
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The gentleman wears long "
            "trousers. The",
            "cut",
            hit_limit=True,
        ),
        title="Men Beige & Brown Checked Pure Cotton Night Suit",
        category="Night Suits",
        gender="Men",
    ),
    # photo: woman in navy lounge shorts with a small white star print and a grey tee (not sold), cropped at the knees.
    # adapter: none
    case(
        "X436-043",
        caption("a woman in grey t-shirt and blue shorts with stars on them"),
        color_shorts("grey", "other_garment_color"),
        B.pattern("printed"),
        D.wearing("she is wearing gray shirt and blue shorts"),
        D.details("stars"),
        D.description("blue shorts with white stars and a white t-shirt", "contradiction"),
        B.material("shorts", "restated"),
        title="Women Navy Blue Star Print Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
    ),
    # photo: woman in a short black satin kimono robe with red and pink roses, three-quarter sleeves, open front over a
    # black slip, white backdrop.
    # adapter: caption, details
    case(
        "X436-044",
        caption(
            "The lady wears a medium-sleeve cardigan with floral patterns. The cardigan is with chiffon fabric. It has "
            "a v-shape neckline. The lady wears a medium-sleeve cardigan with floral patterns. The cardigan is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black floral kimono"),
        B.color("red", "contradiction"),
        B.pattern("floral"),
        B.material("silk", "unsupported"),
        is_a("robe", "yes"),
        D.details(
            "The cardigan is with chiffon fabric and floral patterns. It has a v-shape neckline. The cardigan is with "
            "chiffon fabric and",
            "loop",
            hit_limit=True,
        ),
        title="Women Black Floral Print Satin Kimono Robe",
        category="Robes",
        color="Black",
        gender="Women",
    ),
    # photo: man in a royal blue sleeveless lounge vest (tank) with grey shorts (not sold), studio.
    # adapter: none
    case(
        "X436-045",
        caption("a man in a blue tank top and grey shorts"),
        B.sleeve_length("sleeveless"),
        B.garment_type("tank top"),
        B.color("grey", "other_garment_color"),
        D.wearing("a blue tank top"),
        D.details("she is wearing a blue tank top", "pronoun"),
        B.material("a blue tank top", "restated"),
        title="Men Blue Solid Cotton Sleeveless Lounge Vest",
        category="Lounge Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a lilac-and-white striped long-sleeve notch-collar pyjama set with a matching lilac eye mask
    # pushed up on her head, bedroom with a white headboard.
    # adapter: none
    case(
        "X436-046",
        caption("a woman in purple striped pajamas with a sleep mask on her head"),
        D.wearing("purple and white striped pajamas"),
        B.pattern("striped"),
        B.color("purple"),
        D.details("a sleep mask"),
        D.description("pajamas", "non_answer"),
        B.material("cotton"),
        title="Women Lilac & White Striped Cotton Pyjama Set with Eye Mask",
        category="Night Suits",
        color="Lilac",
        gender="Women",
    ),
]
