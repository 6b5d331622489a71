"""BLIND_642 (46 products; Myntra men's kurtas/sets, base BLIP-2 zero-shot): written blind in the fifty-third session.
Measured blind at 02e5620 (the session's thirteenth rules): 112/129 failures found (86.8%) and 12/190 correct texts
flagged (6.3%). The writer's notes, verbatim:

Scenario: a Myntra men's ethnic-wear feed: kurtas sold alone and kurta sets (kurta with pyjama or churidar, some with
a Nehru jacket or a stole). Most photos are catalog shots on a white backdrop, a few are lifestyle shots (wooden
door, brick wall, garden, wooden floor), one is a flat-lay. The feed mixes the older export's short titles ("Kurta",
"Men Kurta", "Kurta Pyjama") with the newer long ones ("Manyavar Men Maroon Self-Design Kurta with Churidar"); the
short rows often lack the color or the category column, one lacks gender.

Who wrote what: every caption and open answer comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, greedy,
with the `Question: ... Answer:` prompt (50 new tokens for captions, 30 for answers). It is short and lowercase when
it behaves; when it does not, it gives the kurta the jacket's, the stole's or the pyjama's color, calls the kurta a
shirt or a sherwani, invents embroidery, pockets, materials and occasions, says "she" for long-haired models,
sometimes keeps writing the prompt format, and now and then falls into a loop that runs to the limit. The closed
answers (garment type, color, pattern, sleeve length, "Is this a ...?") come from enrich's `--engine reference`,
which picks one candidate value: they never loop or stop short, but they can pick the wrong garment's color.

Labeling conventions and judgement calls:
- The photo is the truth. Where the seller's label is wrong (a "Brown" kurta that is rust, a set whose color column
  names the jacket's navy), an answer right for the photo is correct.
- A shade or synonym within the seller's color group is correct (cream/off white as white, maroon as red, mustard as
  yellow, navy as blue, peach as pink, mauve/lavender as purple). A color from another group is a contradiction
  (turquoise called green, a lime kurta called yellow, silver for a black kurta with silver thread-work).
- other_garment_color only when the product (the kurta) is given the color of another garment actually worn or
  draped in the photo (jacket, stole, pyjama, churidar, jeans, sandals). The reverse (the jacket or stole given the
  kurta's color, one color for two garments) is a contradiction, and so is the color of a backdrop given the kurta.
- Calling a knee-length kurta a "shirt", "sherwani", "dress" or "jacket" (open or closed) is a contradiction; a
  hip-length short kurta called a shirt in an open text is accepted as correct.
- A material answer is correct when the title names it or the photo plainly shows it (noted in the photo line);
  any other material (silk for a matte cotton kurta, khadi, velvet, leather, rayon) is unsupported.
- Invented details (pockets, gold buttons, zari, a belt, a pen, an occasion or a temple, a celebrity's name, shoes
  outside the frame) are unsupported, even in a text that also gets the color right.
- A one-word answer, "yes", "nothing" or the question's own words to an open question is a non_answer; an answer
  that repeats the question back as a sentence is restated.
- "she", "her" or "a woman" for a Men row is a pronoun failure, even where the rest of the text is right.
- Any text that continues the `Question: ... Answer:` format (or opens with "Answer:") is a leak.
- A text that runs to the token limit repeating itself is a loop; one stopped mid-sentence without repeating is cut.
  Both carry hit_limit=True. One text carries one label: the loop or cut wins over an invented detail inside it.
- "What is the person wearing?" answered with only the visible outer layer ("a black jacket") is correct.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

Q = BLIND_QUESTIONS
over = question("over_kurta", "What is the person wearing over the kurta?", "open")

BLIND_642 = [
    # photo: cream cotton straight kurta, white churidar, white backdrop, front view, matte cotton; base zero-shot wrote
    # the caption and open answers, the reference engine the closed ones
    case(
        "X642-001",
        caption("a man in a white kurta and white pants standing in front of a white background"),
        wearing("a white kurta and white pajamas"),
        Q.color("cream"),
        Q.garment_type("kurta"),
        Q.material("silk", "unsupported"),
        details(
            "kurta", "it has a mandarin collar and a button placket and two side pockets with gold zips", "unsupported"
        ),
        Q.sleeve_length("long sleeves"),
        title="Fabindia Men Cream Cotton Kurta",
        category="Kurtas",
        color="Cream",
        gender="Men",
    ),
    # photo: maroon kurta with gold thread-work at the neckline only, cream churidar, white backdrop; base zero-shot
    # open texts, reference closed
    case(
        "X642-002",
        caption("a man in a red kurta and white pants"),
        wearing("a red and gold kurta"),
        color_of("kurta", "cream", "other_garment_color"),
        Q.pattern("embroidered"),
        describe(
            "kurta",
            "it is a long red kurta with gold embroidery on the neck and sleeves and the buttons are made of gold and "
            "the kurta is made of silk and it is",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Manyavar Men Maroon Self-Design Kurta with Churidar",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: knee-length navy blue kurta with white thread embroidery along the placket, blue jeans, white backdrop,
    # matte cotton; base zero-shot open texts, reference closed
    case(
        "X642-003",
        caption("a man wearing a blue kurta and jeans"),
        wearing("a blue shirt and jeans", "contradiction"),
        Q.color("blue"),
        Q.pattern("embroidered"),
        details("kurta", "white embroidery on the front"),
        describe("kurta", "a blue kurta with a white embroidered placket and a matching blue turban", "unsupported"),
        Q.material("cotton"),
        is_a("dress", "no"),
        title="Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: cream kurta and churidar under a mustard brocade Nehru jacket, white backdrop, front view; base zero-shot
    # open texts, reference closed
    case(
        "X642-004",
        caption("a man in a yellow jacket and white pants"),
        wearing("a yellow jacket and a white kurta"),
        Q.color("mustard", "other_garment_color"),
        Q.garment_type("jacket", "contradiction"),
        over("a yellow vest"),
        details("kurta", "What are the kurta details?", "restated"),
        describe("kurta", "a white kurta with a yellow nehru jacket"),
        Q.sleeve_length("long sleeves"),
        title="Sojanya Men Cream-Coloured Solid Kurta with Churidar & Mustard Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: hip-length olive green short kurta, beige chinos, hands in pockets, white backdrop, matte cotton; base
    # zero-shot open texts, reference closed; the older feed's row has no category
    case(
        "X642-005",
        caption("a man in a green shirt and khaki pants"),
        wearing("a green kurta and beige pants"),
        Q.color("olive"),
        Q.material("cotton"),
        describe("kurta", "the kurta is a kurta", "restated"),
        Q.sleeve_length("long sleeves"),
        title="Men Kurta",
        color="Olive",
        gender="Men",
    ),
    # photo: indigo blue kurta with a small white floral booti print, white pyjama, white backdrop, matte cotton, no
    # pocket visible; base zero-shot open texts, reference closed
    case(
        "X642-006",
        caption("a man wearing a blue and white kurta with a floral pattern"),
        wearing("blue kurta and white pants"),
        Q.pattern("printed"),
        Q.color("blue"),
        details("kurta", "the kurta has a white pattern of flowers and a pocket on the left side", "unsupported"),
        Q.material("cotton"),
        describe(
            "kurta", "a blue kurta with white flowers Question: What is the color of the pants? Answer: white", "leak"
        ),
        title="Anouk Men Blue & White Printed Straight Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: white chikankari kurta, white pyjama, a grey stole over one shoulder, white backdrop; base zero-shot open
    # texts, reference closed
    case(
        "X642-007",
        caption("a man in a white kurta with a grey scarf"),
        wearing("a white kurta and a grey shawl"),
        color_of("kurta", "grey", "other_garment_color"),
        Q.pattern("embroidered"),
        details("kurta", "white embroidery all over the front and the sleeves"),
        is_a("kurta", "yes"),
        describe("kurta", "she is wearing a white kurta with a grey scarf", "pronoun"),
        title="Mother Earth Men White Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: mustard silk-blend kurta with a slight sheen, white pyjama, white backdrop, three tonal buttons; base
    # zero-shot open texts, reference closed
    case(
        "X642-008",
        caption("a man in a yellow kurta and white pants"),
        wearing(
            "a yellow kurta and white pajamas and white pajamas and white pajamas and white pajamas and white "
            "pajamas and white",
            "loop",
            hit_limit=True,
        ),
        Q.color("yellow"),
        Q.material("cotton", "unsupported"),
        Q.garment_type("kurta"),
        Q.pattern("printed", "contradiction"),
        details("kurta", "it has a mandarin collar and three buttons"),
        Q.sleeve_length("long sleeves"),
        title="Vastramay Men Mustard Yellow Silk Blend Kurta with Pyjama",
        category="Kurta Sets",
        color="Mustard",
        gender="Men",
    ),
    # photo: rust orange cotton kurta with wooden buttons, blue jeans, standing before a carved wooden door (lifestyle);
    # base zero-shot open texts, reference closed; the old row has no color
    case(
        "X642-009",
        caption("a man in an orange kurta standing in front of a wooden door"),
        wearing("an orange kurta and blue jeans"),
        Q.color("blue", "other_garment_color"),
        describe("kurta", "orange", "non_answer"),
        details(
            "kurta",
            "the kurta has a mandarin collar and a wooden button placket and it is hand woven khadi from rajasthan",
            "unsupported",
        ),
        Q.pattern("solid"),
        title="Fabindia Kurta",
        category="Kurtas",
        gender="Men",
    ),
    # photo: off-white art silk kurta and churidar, maroon-and-gold paisley brocade Nehru jacket with a welt pocket on
    # the left, white backdrop; base zero-shot open texts, reference closed
    case(
        "X642-010",
        caption("a man in a red vest and white pants"),
        over("a maroon vest"),
        color_of("kurta", "maroon", "other_garment_color"),
        color_of("jacket", "maroon"),
        Q.garment_type("kurta set"),
        describe("kurta", "it is a white kurta with a red jacket on top of it"),
        Q.material("silk"),
        details(
            "kurta",
            "the kurta has a mandarin collar and the jacket has a paisley pattern in maroon and gold with a pocket on "
            "the left side and",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a red jacket and white pants and a red jacket and white pants and a red jacket and white pants and a red",
            "loop",
            hit_limit=True,
        ),
        title="Manyavar Men Off-White Art Silk Kurta with Churidar and Maroon Nehru Jacket",
        category="Kurta Sets",
        color="Off White",
        gender="Men",
    ),
    # photo: knee-length black kurta with thin grey pinstripes, white churidar, white backdrop; base zero-shot open
    # texts, reference closed
    case(
        "X642-011",
        caption("a man in a black shirt and white pants", "contradiction"),
        wearing("kurta", "non_answer"),
        Q.pattern("striped"),
        Q.color("black"),
        is_a("kurta", "no", "contradiction"),
        details("kurta", "black Answer: black", "leak"),
        title="Kurta",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: bottle green kurta with a small white geometric print, white pyjama, beige woollen stole around the neck,
    # grey studio wall; base zero-shot open texts, reference closed
    case(
        "X642-012",
        caption("a man wearing a green kurta and a beige scarf in front of a grey wall"),
        wearing("green kurta, white pants and a scarf"),
        Q.color("beige", "other_garment_color"),
        color_of("stole", "beige"),
        Q.pattern("printed"),
        describe(
            "kurta",
            "the kurta is green with white print and the scarf is beige and the kurta is green with white print and "
            "the scarf is beige and",
            "loop",
            hit_limit=True,
        ),
        Q.material("wool", "unsupported"),
        title="See Designs Men Green Printed Straight Kurta",
        category="Kurtas",
        color="Green",
        gender="Men",
    ),
    # photo: sky blue kurta, white pyjama, white backdrop; base zero-shot open texts, reference closed; the old row has
    # no color
    case(
        "X642-013",
        caption("a man in a light blue kurta and white pants"),
        wearing("a blue kurta and white pajamas Answer: a blue kurta and white pajamas", "leak"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("kurta"),
        details("kurta", "yes", "non_answer"),
        Q.sleeve_length("long sleeves"),
        title="Men Kurta Pyjama Set",
        category="Kurta Sets",
        gender="Men",
    ),
    # photo: plain peach kurta with tonal buttons, no embroidery, white pyjama, white backdrop; base zero-shot open
    # texts, reference closed
    case(
        "X642-014",
        caption("a man in a pink kurta and white pants"),
        wearing("she is wearing a pink kurta and white pants", "pronoun"),
        Q.color("peach"),
        describe(
            "kurta", "a pink kurta with gold buttons and gold embroidery on the collar and sleeves", "unsupported"
        ),
        Q.pattern("solid"),
        is_a("dress", "yes", "contradiction"),
        title="Jompers Men Peach-Coloured Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Peach",
        gender="Men",
    ),
    # photo: grey melange kurta under a black Nehru jacket, black jeans, in front of a brick wall (lifestyle), framed to
    # mid-thigh, matte cotton; base zero-shot open texts, reference closed
    case(
        "X642-015",
        caption("a man in a black vest and black pants standing in front of a brick wall"),
        wearing("a black vest and a grey kurta"),
        Q.color("black", "other_garment_color"),
        over("a black nehru jacket"),
        details("kurta", "the kurta is grey and the jacket is grey", "contradiction"),
        Q.material("cotton"),
        describe("kurta", "a grey kurta with a black nehru jacket, black jeans and brown loafers", "unsupported"),
        Q.garment_type("jacket", "contradiction"),
        title="Kurta",
        category="Kurtas",
        color="Grey",
        gender="Men",
    ),
    # photo: navy blue jacquard kurta with tonal woven leaf motifs, white churidar, white backdrop, three-quarter view;
    # base zero-shot open texts, reference closed
    case(
        "X642-016",
        caption("a man in a navy blue kurta and white pants"),
        wearing("a navy blue kurta and white pants"),
        Q.pattern("self design"),
        Q.color("navy blue"),
        describe(
            "kurta",
            "a dark blue kurta with a pattern of small leaves woven into the fabric and a mandarin collar with a "
            "button placket that goes down to the",
            "cut",
            hit_limit=True,
        ),
        Q.material("jacquard"),
        details("kurta", "the kurta has details", "restated"),
        is_a("kurta", "yes"),
        title="House of Pataudi Men Navy Blue Jacquard Straight Kurta with Churidar",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: full-sleeved kurta that is plainly rust orange (the seller says Brown), white pyjama, white backdrop;
    # base zero-shot open texts, reference closed
    case(
        "X642-017",
        caption("a man in an orange kurta and white pants"),
        Q.color("orange"),
        wearing("an orange kurta and white pajamas Question: What is the color of the pajamas? Answer: white", "leak"),
        details("kurta", "a mandarin collar and buttons down the front"),
        is_a("shirt", "yes", "contradiction"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Kurta",
        category="Kurtas",
        color="Brown",
        gender="Men",
    ),
    # photo: cream kurta and churidar, red-and-gold silk stole over the left shoulder, white backdrop; base zero-shot
    # open texts, reference closed
    case(
        "X642-018",
        caption("a man in a white outfit with a red scarf"),
        wearing("a white kurta and a red dupatta"),
        color_of("kurta", "red", "other_garment_color"),
        color_of("stole", "red"),
        describe("kurta", "a red and gold kurta with a long red scarf", "other_garment_color"),
        Q.pattern("solid"),
        is_a("kurta", "yes"),
        title="Manyavar Men Cream Solid Kurta with Churidar & Stole",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: knee-length white kurta with blue thread embroidery on the yoke, blue jeans, white backdrop, matte
    # cotton; base zero-shot open texts, reference closed; the old row has no category
    case(
        "X642-019",
        caption("a man in a white shirt and blue jeans", "contradiction"),
        wearing("a white kurta and blue jeans"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("embroidered"),
        details("kurta", "blue embroidery on the chest"),
        describe("kurta", "a white kurta with blue embroidery and a matching blue pocket square", "unsupported"),
        Q.material("cotton"),
        title="Men Kurta",
        color="White",
        gender="Men",
    ),
    # photo: teal silk kurta with a visible sheen, beige churidar, white backdrop; base zero-shot open texts,
    # reference closed
    case(
        "X642-020",
        caption("a man wearing a teal kurta and beige pants"),
        wearing("a blue kurta and beige pants"),
        Q.color("teal"),
        Q.material("silk"),
        describe(
            "kurta",
            "a blue silk kurta with a mandarin collar and a row of small buttons down the front, the fabric has a "
            "shine to it and the",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "the kurta details", "restated"),
        is_a("shirt", "no"),
        title="Tabard Men Teal Silk Kurta",
        category="Kurtas",
        color="Teal",
        gender="Men",
    ),
    # photo: red-and-black ikat kurta, black churidar, matte cotton, framed from the shoulders to the knees (no feet),
    # white backdrop; base zero-shot open texts, reference closed
    case(
        "X642-021",
        caption("a man in a red and black kurta"),
        Q.color("red"),
        Q.pattern("printed"),
        wearing("a red and black printed kurta and black pants"),
        describe(
            "kurta",
            "it is a red kurta with a black zig zag print all over it, black pants and black shoes",
            "unsupported",
        ),
        details(
            "kurta",
            "the kurta has a red and black print and a red and black print and a red and black print and a red and "
            "black",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        title="Kurta Set",
        category="Kurta Sets",
        color="Multi",
        gender="Men",
    ),
    # photo: beige linen kurta with a visible slub texture, white pyjama, brown leather sandals, white backdrop,
    # full length; base zero-shot open texts, reference closed
    case(
        "X642-022",
        caption(
            "a man in a beige kurta and white pants with brown sandals standing in front of a white background with "
            "his hands by his sides and looking at the camera with a smile on his face and his hair is",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a beige kurta, white pants and brown sandals"),
        Q.color("brown", "other_garment_color"),
        Q.material("linen"),
        describe("kurta", "a plain beige kurta that goes down to the knees"),
        Q.sleeve_length("long sleeves"),
        is_a("dress", "no"),
        title="Ethnix by Raymond Men Beige Solid Straight Kurta",
        category="Kurtas",
        color="Beige",
        gender="Men",
    ),
    # photo: lavender kurta with a round neck and side slits, white pyjama, white backdrop; the model has long hair
    # tied back and a beard; base zero-shot open texts, reference closed
    case(
        "X642-023",
        caption("a woman in a purple kurta and white pants", "pronoun"),
        wearing("a purple kurta and white pants"),
        Q.color("lavender"),
        describe("kurta", "her kurta is light purple with a round neck", "pronoun"),
        Q.pattern("solid"),
        details("kurta", "it has a round neck and a slit on the side"),
        title="Kurta",
        category="Kurtas",
        color="Purple",
        gender="Men",
    ),
    # photo: gold-beige shimmer silk kurta with a tonal self design and plain fabric buttons, cream churidar, white
    # backdrop; base zero-shot open texts, reference closed
    case(
        "X642-024",
        caption("a bollywood groom in a gold kurta at his wedding", "unsupported"),
        Q.color("gold"),
        Q.material("silk"),
        wearing("a golden sherwani", "contradiction"),
        describe(
            "kurta",
            "a gold kurta with intricate zari embroidery and pearl buttons, perfect for weddings",
            "unsupported",
        ),
        is_a("kurta", "yes"),
        title="Manyavar Men Gold-Toned Self Design Kurta with Churidar",
        category="Kurta Sets",
        color="Gold",
        gender="Men",
    ),
    # photo: red kurta under a black Nehru jacket, white pyjama, white backdrop; base zero-shot open texts, reference
    # closed
    case(
        "X642-025",
        caption("a man in a red kurta and a black vest"),
        wearing("a black jacket"),
        Q.color("black", "other_garment_color"),
        color_of("jacket", "red", "contradiction"),
        details(
            "kurta",
            "the kurta is red and the jacket is black and the pants are white and the kurta is red and the jacket is "
            "black and the pants are",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("kurta"),
        describe("kurta", "a black kurta with a red lining", "other_garment_color"),
        title="Men Kurta",
        category="Kurtas",
        color="Red",
        gender="Men",
    ),
    # photo: indigo cotton kurta with a white floral dabu print, white pyjama, holding a cup of tea in a green garden
    # (lifestyle), no pocket; base zero-shot open texts, reference closed
    case(
        "X642-026",
        caption("a man in a blue kurta holding a cup of tea in a garden"),
        wearing("blue kurta"),
        Q.pattern("floral"),
        Q.material("cotton"),
        describe(
            "kurta",
            "a blue kurta with white floral print and a chinese collar, the kurta is made of hand",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "the kurta has a white floral print and a pocket with a pen in it", "unsupported"),
        Q.color("green", "contradiction"),
        title="Fabindia Men Indigo Cotton Printed Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: white kurta and pyjama, a saffron orange stole around the neck, white backdrop; base zero-shot open
    # texts, reference closed; the old row has no color
    case(
        "X642-027",
        caption("a man in white with an orange scarf"),
        Q.color("orange", "other_garment_color"),
        wearing("white kurta pajama with orange stole"),
        describe("kurta", "Answer: white kurta with orange stole", "leak"),
        is_a("kurta", "yes"),
        Q.garment_type("scarf", "contradiction"),
        color_of("stole", "orange"),
        title="Kurta",
        category="Kurtas",
        gender="Men",
    ),
    # photo: yellow kurta with a green leaf print, green pyjama, white backdrop; base zero-shot open texts, reference
    # closed
    case(
        "X642-028",
        caption("a man in a yellow kurta with green leaves"),
        wearing("a yellow kurta and green pants"),
        Q.color("green", "other_garment_color"),
        Q.pattern("printed"),
        details("kurta", "details", "non_answer"),
        Q.sleeve_length("long sleeves"),
        describe("kurta", "she is wearing a yellow kurta with green leaves printed on it", "pronoun"),
        title="Sanwara Men Yellow & Green Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
        gender="Men",
    ),
    # photo: white kurta and churidar, navy blue Nehru jacket with five buttons and one welt pocket, matte cotton,
    # white backdrop (the seller's color names the jacket); base zero-shot open texts, reference closed
    case(
        "X642-029",
        caption("a man in a blue vest and white pants"),
        color_of("kurta", "white"),
        Q.color("navy blue"),
        wearing("a navy blue jacket over a white kurta"),
        over("a blue jacket"),
        describe("kurta", "a navy blue kurta with white pants", "other_garment_color"),
        details(
            "kurta",
            "the jacket has five buttons and a pocket on the chest and a pocket on the chest and a pocket on the "
            "chest and a pocket on the",
            "loop",
            hit_limit=True,
        ),
        Q.material("velvet", "unsupported"),
        title="Men Kurta with Jacket",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: pink kurta, blue jeans, sitting on a wooden stool, white backdrop, matte cotton; an unknown model; base
    # zero-shot open texts, reference closed
    case(
        "X642-030",
        caption("indian actor ranveer singh in a pink kurta sitting on a stool", "unsupported"),
        wearing("pink kurta and blue jeans"),
        Q.color("pink"),
        describe("kurta", "describe the kurta", "restated"),
        Q.garment_type("kurta"),
        details("kurta", "pink", "non_answer"),
        Q.material("cotton"),
        title="Kurta",
        category="Kurtas",
        color="Pink",
        gender="Men",
    ),
    # photo: black kurta with silver thread-work on the neckline only, black churidar, white backdrop; base zero-shot
    # open texts, reference closed
    case(
        "X642-031",
        caption("a man in a black kurta with silver embroidery"),
        wearing("a black kurta and black pants"),
        Q.color("silver", "contradiction"),
        Q.pattern("embroidered"),
        describe(
            "kurta",
            "a black kurta with silver embroidery on the neck, the sleeves and the hem and a matching silver belt",
            "unsupported",
        ),
        details(
            "kurta",
            "the embroidery on the neckline is silver and the embroidery on the sleeves is silver and the embroidery "
            "on the hem is silver and the",
            "loop",
            hit_limit=True,
        ),
        title="Manyavar Men Black & Silver Embroidered Kurta with Churidar",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay of a knee-length maroon kurta with a mandarin collar on a white surface, no person; base
    # zero-shot open texts, reference closed
    case(
        "X642-032",
        caption("a maroon shirt on a white background", "contradiction"),
        wearing("nothing", "non_answer"),
        Q.color("maroon"),
        Q.garment_type("shirt", "contradiction"),
        describe("kurta", "a maroon kurta with a mandarin collar laid flat on a white surface"),
        Q.sleeve_length("long sleeves"),
        title="Men Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Men",
    ),
    # photo: off-white kurta with thin blue stripes, blue Nehru jacket, white pyjama, standing on a wooden floor
    # (lifestyle); base zero-shot open texts, reference closed
    case(
        "X642-033",
        caption("a man in a blue vest and white pants standing on a wooden floor"),
        color_of("kurta", "blue", "other_garment_color"),
        Q.pattern("striped"),
        color_of("jacket", "blue"),
        wearing("a blue nehru jacket, a striped kurta and white pajamas"),
        Q.garment_type("kurta set"),
        details("kurta", "thin blue stripes and a mandarin collar"),
        describe("kurta", "a blue kurta with white stripes", "other_garment_color"),
        title="Kisah Men Off-White & Blue Striped Kurta with Nehru Jacket",
        category="Kurta Sets",
        color="Off White",
        gender="Men",
    ),
    # photo: lime (parrot) green kurta, white pyjama, white backdrop; base zero-shot open texts, reference closed
    case(
        "X642-034",
        caption("a man in a green kurta"),
        wearing("the person is wearing a green kurta"),
        Q.color("yellow", "contradiction"),
        describe(
            "kurta",
            "green kurta Question: What is the color of the pants? Answer: white Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        Q.pattern("solid"),
        title="Kurta",
        category="Kurtas",
        color="Green",
        gender="Men",
    ),
    # photo: charcoal kurta, white churidar, a pink-and-orange printed stole over both shoulders, white backdrop,
    # matte cotton; base zero-shot open texts, reference closed
    case(
        "X642-035",
        caption("a man in a grey kurta with a colorful scarf"),
        wearing("a grey kurta, white pants and a pink scarf"),
        Q.color("pink", "other_garment_color"),
        Q.pattern("printed", "contradiction"),
        color_of("stole", "pink"),
        describe(
            "kurta",
            "it is a dark grey kurta with a stole the stole is made of pure pashmina from kashmir",
            "unsupported",
        ),
        Q.material("cotton"),
        title="Svanik Men Charcoal Grey Solid Kurta with Churidar & Printed Stole",
        category="Kurta Sets",
        color="Charcoal",
        gender="Men",
    ),
    # photo: white kurta and white pyjama, barefoot, plain white backdrop, round neck with a short slit and two
    # buttons; base zero-shot open texts, reference closed
    case(
        "X642-036",
        caption("a man in white kurta pajama standing barefoot"),
        wearing("white", "non_answer"),
        Q.color("white"),
        describe(
            "kurta",
            "a white kurta with white pajamas, white pajamas, white pajamas, white pajamas, white pajamas, white "
            "pajamas, white",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "a round neck with a small slit and two buttons"),
        is_a("kurta", "yes"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Men Kurta Set",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: turquoise blue kurta with a white paisley print, mandarin collar, side slits, no pocket, white pyjama,
    # white backdrop, matte cotton; base zero-shot open texts, reference closed
    case(
        "X642-037",
        caption("a man wearing a turquoise kurta with a paisley print"),
        Q.color("turquoise blue"),
        wearing("a green kurta and white pants", "contradiction"),
        Q.pattern("printed"),
        details(
            "kurta",
            "white paisley print on the whole kurta, mandarin collar, buttons on the front, side slits and a pocket "
            "on the right side with a",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        describe("kurta", "she is wearing a blue kurta with a white paisley print", "pronoun"),
        title="Indo Era Men Turquoise Blue Printed Kurta",
        category="Kurtas",
        color="Turquoise Blue",
        gender="Men",
    ),
    # photo: cream kurta under an olive green Nehru jacket, white churidar, white backdrop; base zero-shot open texts,
    # reference closed; the old row has no color
    case(
        "X642-038",
        caption("a man in a green vest over a white kurta"),
        Q.color("olive", "other_garment_color"),
        wearing("a green jacket"),
        over(
            "a green jacket and a white kurta and a green jacket and a white kurta and a green jacket and a white "
            "kurta and a",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "it's a kurta", "non_answer"),
        Q.garment_type("kurta"),
        title="Kurta",
        category="Kurtas",
        gender="Men",
    ),
    # photo: mauve kurta, white jeans, holding black sunglasses in his right hand, white backdrop, matte cotton; base
    # zero-shot open texts, reference closed
    case(
        "X642-039",
        caption("a man in a purple kurta holding sunglasses"),
        wearing("a purple kurta and white jeans Question: What is the person holding? Answer: sunglasses", "leak"),
        Q.color("white", "other_garment_color"),
        describe(
            "kurta",
            "he is wearing a purple kurta and holding a pair of black sunglasses in his right hand while standing in "
            "front of a white",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        Q.material("rayon", "unsupported"),
        title="Hangup Men Mauve Solid Kurta",
        category="Kurtas",
        color="Mauve",
        gender="Men",
    ),
    # photo: plain coffee brown kurta, beige pyjama, a brown leather bag on his shoulder, white backdrop, matte
    # cotton; base zero-shot open texts, reference closed
    case(
        "X642-040",
        caption("a man in a brown kurta with a bag"),
        wearing("a brown kurta and beige pants"),
        Q.color("brown"),
        describe("kurta", "a brown leather kurta", "unsupported"),
        details("kurta", "it has a brown and white checked pattern", "contradiction"),
        Q.pattern("solid"),
        is_a("kurta", "yes"),
        title="Kurta",
        category="Kurtas",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: plain black kurta with a mandarin collar, white pyjama, silver mojaris, white backdrop; base zero-shot
    # open texts, reference closed
    case(
        "X642-041",
        caption("a man in a black kurta and white pants"),
        wearing("black kurta and white pyjama and silver shoes"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("kurta set"),
        describe("kurta", "a black kurta with red embroidery on the collar", "unsupported"),
        details("kurta", "mandarin collar Question: What are the pyjama details? Answer: elastic waist", "leak"),
        title="Kurta Pyjama",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: sea green kurta with tonal thread embroidery on the yoke, cream churidar, a cream dupatta over one
    # shoulder, white backdrop; base zero-shot open texts, reference closed
    case(
        "X642-042",
        caption("a man in a green kurta and white scarf"),
        wearing("he is wearing a green kurta with embroidery and a white dupatta"),
        Q.color("cream", "other_garment_color"),
        Q.pattern("embroidered"),
        color_of("stole", "green", "contradiction"),
        describe(
            "kurta",
            "a sea green kurta with embroidery on the yoke and a cream dupatta, the embroidery is done with golden "
            "threads and mirrors and the",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        Q.material("satin", "unsupported"),
        title="Jashvi Men Sea Green Embroidered Kurta with Churidar and Dupatta",
        category="Kurta Sets",
        color="Sea Green",
        gender="Men",
    ),
    # photo: hip-length blue denim short kurta without pockets, white chinos, sunglasses pushed up on his head, white
    # backdrop; base zero-shot open texts, reference closed
    case(
        "X642-043",
        caption("a man in a denim shirt and white pants with sunglasses on his head"),
        wearing("a blue denim shirt"),
        Q.garment_type("kurta"),
        Q.material("denim"),
        Q.pattern("checked", "contradiction"),
        details("kurta", "the kurta has two chest pockets with flaps", "unsupported"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        title="Men Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: saffron orange kurta, white pyjama, holding a brass plate of marigolds, white studio backdrop; base
    # zero-shot open texts, reference closed
    case(
        "X642-044",
        caption("a man in an orange kurta holding a plate of flowers"),
        wearing("she is wearing an orange kurta", "pronoun"),
        Q.color("orange"),
        describe("kurta", "an orange kurta for a puja ceremony at a temple", "unsupported"),
        is_a("kurta", "yes"),
        Q.pattern("solid"),
        details(
            "kurta",
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange "
            "orange orange orange orange",
            "loop",
            hit_limit=True,
        ),
        title="Kurta",
        category="Kurtas",
        color="Orange",
        gender="Men",
    ),
    # photo: rose pink kurta with a tonal woven floral motif, cream churidar, ivory brocade Nehru jacket, white
    # backdrop; base zero-shot open texts, reference closed
    case(
        "X642-045",
        caption("a man in a pink kurta and a white jacket"),
        wearing("a pink kurta with a white vest and white pants"),
        color_of("kurta", "white", "other_garment_color"),
        color_of("jacket", "pink", "contradiction"),
        over("a jacket"),
        Q.garment_type("kurta set"),
        describe(
            "kurta",
            "the kurta is pink and the jacket is white and the pants are white and the kurta is pink and the jacket "
            "is white and the",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "a woven pattern of small flowers in the same pink color"),
        title="Manyavar Men Rose Pink Woven Design Kurta with Churidar & Nehru Jacket",
        category="Kurta Sets",
        color="Pink",
        gender="Men",
    ),
    # photo: light grey knee-length kurta with full sleeves and a mandarin collar, black pyjama, a black stole held
    # in one hand, white backdrop, matte cotton; base zero-shot open texts, reference closed; the old row has no
    # gender and no category
    case(
        "X642-046",
        caption("a man in a grey kurta holding a black scarf"),
        wearing("a grey kurta and black pants"),
        Q.color("black", "other_garment_color"),
        describe("kurta", "light grey kurta, knee length, full sleeves, mandarin collar"),
        is_a("kurta", "no", "contradiction"),
        Q.material("khadi", "unsupported"),
        details("kurta", "Question: What are the kurta details? Answer: grey", "leak"),
        title="Kurta",
        color="Grey",
    ),
]
