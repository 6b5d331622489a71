"""BLIND_1094 (46 products; Myntra innerwear & sleepwear; caption + span QA): written blind in the fifty-ninth session.
Measured blind at caeb924 (the session's final rules): 86/122 failures found (70.5%) and 19/181 correct texts flagged
(10.5%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's and women's innerwear and sleepwear (Innerwear Vests, Briefs, Trunk, Boxers,
Camisoles, Pyjamas, Lounge Pants, Lounge Shorts, Night suits, Nightdress). Catalog photos on a white studio backdrop:
a model wearing the product, mostly with another garment (a vest over the boxers, a t-shirt over the pyjamas, jeans
under a vest), some waist-to-thigh crops with no face, one back view, two flat-lays of multipacks, a few props (a
mug, a teddy bear, a book, a grey studio sofa). The job captions each photo once, then answers the open questions
with the extractive QA model (timpal0l/mdeberta-v3-base-squad2) over that caption; the closed questions come from
enrich's `--engine reference`, which ranks a fixed candidate list and picks one value.

Who wrote what: captions come from two captioners. Most are from the untuned base Salesforce/blip2-opt-2.7b, run
with the job's caption prompt in the `Question: ... Answer:` format: short, lowercase, usually stops on the newline,
names hues but often gives one color to every garment, invents a setting (a bed, a stool, slippers), and now and
then runs on into a new `Question: ... Answer:` pair of its own. The rest are from the epoch-3 caption adapter
(leoreigoto/Data2_V2_Blip2_Finetune_Caption): the DeepFashion template ("The gentleman wears a tank shirt with pure
color patterns and a three-point shorts. The shorts are with cotton fabric..."), no hue names at all, "cotton"
for everything, "an accessory on his wrist" invented, and since it never learned to stop it loops or is cut at the
50-token limit. Every open answer is a verbatim span of its product's caption (or the empty string when the QA
model returned no answer), so the open answers inherit the caption's failures and add their own when the QA model
picks the wrong span (the vest's color for the boxers, the backdrop, the pose).

Labeling conventions and judgement calls:
- A caption that loops is labeled loop even when it is also cut at its end; a caption that stops mid-sentence at the
  limit without looping is labeled cut. Both get hit_limit=True. Extracted spans never get hit_limit (the QA model
  has no token limit), but a span that ends where a cut caption ends is labeled cut, and a span that carries the
  caption's repeated sentences is labeled loop.
- A caption that runs on into its own `Question: ... Answer:` is labeled leak, and so is any span holding "Answer:"
  or "Question:"; a clean span taken from before the leak is a correct answer.
- The wrong color is other_garment_color when it is the color of another garment worn in the photo (the t-shirt
  over the pyjamas, the vest over the boxers), also for the other half of a two-piece set; it is contradiction when
  it comes from the backdrop, a prop, a waistband, print or check of the product itself, or nowhere.
- A caption that gives the product's own color to the other garment as well ("a blue tank top and blue shorts" over
  black trunks) is labeled contradiction, and so is the span that repeats it.
- The wrong garment type (briefs for trunks, boxers for briefs, a t-shirt for a vest, a shirt for a pyjama set,
  track pants for pyjamas) and a "yes" to "Is this a vest?" or "Is this a t-shirt?" for boxers worn under that
  garment are contradiction. "three-point shorts" (the template's word) for briefs is
  contradiction; for boxers and lounge shorts it is a fair answer. Synonyms pass: tank top or tank shirt for a vest,
  underwear for briefs and trunks, sweatpants for lounge pants, pajamas for pyjamas, nightgown or dress for a
  nightdress, purple for lavender or mauve, green for olive, beige for a Skin camisole, red for maroon.
- An invented detail or setting (a drawstring that is not there, a bed, a stool, slippers, a ring, "an accessory on
  his wrist", "cotton" where neither the photo nor the title says so) is unsupported; the span that repeats it is
  unsupported too. "cotton" where the seller's title says cotton is correct.
- "pure color" or "pure color patterns" as the answer to a color question, the empty string, and a span about the
  pose or the backdrop instead of the garment are non_answer. A span that only gives the garment's name back
  ("shorts", "underwear", "pajama set" for the details of that garment) is restated. A span of only the color and the
  garment name ("green shorts") for "Describe the ..." is accepted as a minimal correct description.
- "a man" / "his" for a women's product and "a woman" for a men's product are labeled pronoun; the crops with no
  face are where the base model gets the person wrong.
- Where a catalog column is missing, the label follows the photo alone.
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

gtype = BLIND_QUESTIONS.garment_type
gcolor = BLIND_QUESTIONS.color
pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
mat = BLIND_QUESTIONS.material
neckline = question("neckline", "What is the neckline of the garment?", "closed")
waistband = question("waistband", "What is written on the waistband?", "open")
pack_count = question("pack_count", "How many pieces are in the pack?", "open")

BLIND_1094 = [
    # photo: man in a white ribbed sleeveless round-neck vest over dark blue jeans, white backdrop, front view, waist
    # to knees; caption by base BLIP-2, open answers mdeberta spans, closed by the reference engine
    case(
        "X1094-001",
        caption("a man in a white tank top and blue jeans standing in front of a white wall"),
        wearing("a white tank top and blue jeans", who="he"),
        color_of("vest", "white", kind="open"),
        gtype("vest"),
        sleeves("sleeveless"),
        gcolor("blue", "other_garment_color"),
        mat("", "non_answer"),
        details("vest", "standing in front of a white wall", "non_answer"),
        title="Jockey Men White Vest 8820",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: waist-to-thigh crop of a man in black briefs with a grey waistband printed JOCKEY in white, nothing else
    # worn, white backdrop, front view; caption by the epoch-3 caption adapter (looped to the limit)
    case(
        "X1094-002",
        caption(
            "The gentleman wears a three-point shorts with pure color patterns. The shorts are with cotton fabric. "
            "The gentleman wears a three-point shorts with pure color patterns. The shorts are with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a three-point shorts with pure color patterns", "contradiction", who="he"),
        color_of("briefs", "pure color", "non_answer", kind="open"),
        gtype("briefs"),
        gcolor("black"),
        mat("cotton", "unsupported"),
        title="Jockey Men Black Briefs 8035",
        category="Briefs",
        color="Black",
        gender="Men",
    ),
    # photo: man in grey melange knit boxers with a plain black elastic waistband (no drawstring) and a white
    # crew-neck t-shirt, white backdrop, front view; caption by base BLIP-2
    case(
        "X1094-003",
        caption("a man wearing a white t-shirt and grey shorts with a drawstring waist", "unsupported"),
        wearing("a white t-shirt and grey shorts", who="he"),
        color_of("boxers", "white", "other_garment_color", kind="open"),
        details("boxers", "a drawstring waist", "unsupported"),
        gcolor("grey"),
        gtype("boxers"),
        pattern("solid"),
        is_a("t-shirt", "yes", "contradiction"),
        title="Hanes Men Grey Melange Knit Boxers",
        category="Boxers",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in a white ribbed scoop-neck sleeveless vest and grey track pants, white backdrop, front view;
    # caption by base BLIP-2, which ran on into a Question/Answer pair of its own
    case(
        "X1094-004",
        caption(
            "a man wearing a white vest and grey sweatpants. Question: what is the man wearing? Answer: a white vest "
            "and grey sweatpants",
            "leak",
        ),
        wearing("a white vest and grey sweatpants", who="he"),
        color_of("vest", "white", kind="open"),
        details("vest", "Answer: a white vest", "leak"),
        neckline("scoop neck"),
        gcolor("grey", "other_garment_color"),
        title="Dollar Bigboss Men Pack of 2 White Vests",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: woman in a pink short-sleeve top and full-length pink pyjamas with white polka dots, holding a white mug,
    # white backdrop, full length; caption by base BLIP-2
    case(
        "X1094-005",
        caption("a woman in pink pajamas with white polka dots holding a mug"),
        wearing("pink pajamas with white polka dots", who="she"),
        pattern("polka dots"),
        sleeves("short sleeves"),
        describe("night suit", "pink pajamas with white polka dots"),
        color_of("top", "pink", kind="open"),
        title="Zivame Women Pink Polka Dot Print Night Suit",
        category="Night suits",
        color="Pink",
        gender="Women",
    ),
    # photo: man in navy pyjama pants with a small white anchor print and a plain white crew-neck t-shirt, barefoot,
    # no accessories, white backdrop, full length; caption by the caption adapter, cut at the limit
    case(
        "X1094-006",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric and it has a crew neckline. The pants are with cotton fabric and graphic patterns. "
            "There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a long pants", who="he"),
        gcolor("white", "other_garment_color"),
        pattern("printed"),
        details("pants", "cotton fabric and graphic patterns"),
        describe("pants", "There is an accessory on his", "cut"),
        title="Sweet Dreams Men Navy Printed Cotton Pyjamas",
        category="Pyjamas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: side view of a man in black trunks with a wide red waistband lettered VAN HEUSEN in black, nothing else
    # worn, white backdrop; caption by base BLIP-2
    case(
        "X1094-007",
        caption("a man in black and red underwear posing for a photo"),
        wearing("black and red underwear", who="he"),
        gtype("briefs", "contradiction"),
        gcolor("red", "contradiction"),
        is_a("pair of boxers", "no"),
        details("trunks", "posing for a photo", "non_answer"),
        title="Van Heusen Men Black Trunks",
        category="Trunk",
        color="Black",
        gender="Men",
    ),
    # photo: woman in solid purple lounge shorts with a white drawstring and a grey-and-white striped tank top, white
    # backdrop, front view, shoulders to knees; caption by base BLIP-2
    case(
        "X1094-008",
        caption("a woman wearing a grey striped tank top and purple shorts"),
        wearing("a grey striped tank top and purple shorts", who="she"),
        color_of("shorts", "grey", "other_garment_color", kind="open"),
        gcolor("purple"),
        pattern("striped", "contradiction"),
        details("shorts", "shorts", "restated"),
        title="Clovia Women Purple Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Purple",
        gender="Women",
    ),
    # photo: man in grey melange jogger-style lounge pants with a navy drawstring and cuffed ankles, a navy polo
    # t-shirt and white sneakers, white backdrop, full length; caption by base BLIP-2
    case(
        "X1094-009",
        caption("a man in a blue polo shirt and grey sweatpants with white sneakers"),
        wearing("a blue polo shirt and grey sweatpants with white sneakers", who="he"),
        color_of("pants", "grey", kind="open"),
        gtype("lounge pants"),
        gcolor("navy blue", "other_garment_color"),
        describe("pants", "grey sweatpants"),
        title="U.S. Polo Assn. Men Grey Melange Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a skin-toned spaghetti-strap camisole with lace at the neckline, tucked into light blue jeans,
    # white backdrop, waist up; caption by base BLIP-2
    case(
        "X1094-010",
        caption("a woman in a beige tank top and jeans"),
        wearing("a beige tank top and jeans", who="she"),
        gcolor("beige"),
        sleeves("sleeveless"),
        details("camisole", "jeans", "contradiction"),
        mat("beige", "non_answer"),
        title="Jockey Women Skin Camisole 1487",
        category="Camisoles",
        color="Skin",
        gender="Women",
    ),
    # photo: man in red woven boxers with a black logo waistband and a black sleeveless vest, white backdrop, front
    # view; caption by base BLIP-2 (one color for both garments)
    case(
        "X1094-011",
        caption("a man in a black tank top and black shorts", "other_garment_color"),
        wearing("a black tank top and black shorts", "other_garment_color", who="he"),
        color_of("boxers", "black", "other_garment_color", kind="open"),
        gcolor("red"),
        gtype("boxers"),
        pattern("solid"),
        details("boxers", "black shorts", "other_garment_color"),
        title="FCUK Underwear Men Red Boxers",
        category="Boxers",
        color="Red",
        gender="Men",
    ),
    # photo: woman in a blue-and-white checked long-sleeve button-front pyjama shirt with a notched collar and
    # matching checked pyjama pants, barefoot, white backdrop, full length; caption by the caption adapter, cut
    case(
        "X1094-012",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns and a long trousers. The shirt is with cotton "
            "fabric and it has a lapel neckline. The trousers are with cotton fabric and lattice patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with lattice patterns and a long trousers", who="she"),
        pattern("checked"),
        sleeves("long sleeves"),
        gcolor("blue"),
        mat("cotton"),
        describe("shirt", "a long-sleeve shirt with lattice patterns"),
        details("trousers", "cotton fabric and lattice patterns. The lady", "cut"),
        title="Sweet Dreams Women Blue Checked Cotton Night Suit",
        category="Night suits",
        color="Blue",
        gender="Women",
    ),
    # photo: man standing in a white sleeveless round-neck vest with navy trunks, white backdrop, front view, no
    # furniture in the shot; caption by base BLIP-2
    case(
        "X1094-013",
        caption("a man in a white tank top and blue underwear sitting on a stool", "unsupported"),
        wearing("a white tank top and blue underwear", who="he"),
        color_of("vest", "blue", "other_garment_color", kind="open"),
        gtype("tank top"),
        gcolor("navy blue", "other_garment_color"),
        neckline("round neck"),
        details("vest", "sitting on a stool", "unsupported"),
        title="Rupa Frontline Men White Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: woman in a knee-length short-sleeve maroon nightdress with a small white floral print (no bow), standing
    # beside a grey studio sofa, white backdrop, full length; caption by base BLIP-2
    case(
        "X1094-014",
        caption("a woman in a red floral dress with a bow standing next to a grey couch", "unsupported"),
        wearing("a red floral dress with a bow", "unsupported", who="she"),
        gtype("nightdress"),
        pattern("floral"),
        gcolor("maroon"),
        color_of("nightdress", "grey", "contradiction", kind="open"),
        details("nightdress", "a bow", "unsupported"),
        title="Kanvin Women Maroon Printed Nightdress",
        category="Nightdress",
        color="Maroon",
        gender="Women",
    ),
    # photo: woman (face cropped out) in black straight lounge pants and a pink crew-neck t-shirt, white backdrop,
    # shoulders to ankles; caption by base BLIP-2, which took her for a man
    case(
        "X1094-015",
        caption("a man in a pink shirt and black pants", "pronoun"),
        wearing("a pink shirt and black pants", who="she"),
        color_of("pants", "black", kind="open"),
        details("pants", "", "non_answer"),
        pattern("solid"),
        gtype("lounge pants"),
        describe("pants", "a man in a pink shirt and black pants", "pronoun"),
        title="Hanes Women Black Lounge Pants",
        category="Lounge Pants",
        color="Black",
        gender="Women",
    ),
    # photo: waist-to-thigh crop of navy trunks with a white waistband lettered CHROMOZOME in navy, nothing else worn,
    # white backdrop, front view; caption by the caption adapter (looped)
    case(
        "X1094-016",
        caption(
            "The gentleman wears a three-point shorts with pure color patterns. The shorts are with cotton fabric. "
            "The shorts are with cotton fabric. The shorts are with cotton fabric. The shorts are with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("The shorts are with cotton fabric. The shorts are with cotton fabric", "loop", who="he"),
        color_of("trunks", "", "non_answer", kind="open"),
        gcolor("navy blue"),
        gtype("trunks"),
        mat("cotton", "unsupported"),
        title="Chromozome Men Navy Blue Trunks",
        category="Trunk",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in peach lounge shorts with a small white star print and a white round-neck t-shirt with a small
    # peach graphic, white backdrop, front view; caption by base BLIP-2
    case(
        "X1094-017",
        caption("a woman wearing a white t-shirt and peach shorts with stars on them"),
        wearing("a white t-shirt and peach shorts with stars on them", who="she"),
        color_of("shorts", "peach", kind="open"),
        pattern("printed"),
        gcolor("white", "other_garment_color"),
        details("shorts", "stars on them"),
        title="Marks & Spencer Women Peach Star Print Lounge Shorts",
        category="Lounge Shorts",
        color="Peach",
        gender="Women",
    ),
    # photo: flat-lay of three folded briefs (navy, grey, maroon) on a white backdrop, no model; caption by base
    # BLIP-2
    case(
        "X1094-018",
        caption("three pairs of underwear on a white background"),
        color_of("briefs", "white", "contradiction", kind="open"),
        gtype("briefs"),
        gcolor("multi"),
        pack_count("three"),
        describe("briefs", "three pairs of underwear on a white background"),
        title="Lux Cozi Men Pack of 3 Assorted Briefs",
        category="Briefs",
        color="Multi",
        gender="Men",
    ),
    # photo: man in black lounge shorts with an allover small white bunny-logo print and a grey melange t-shirt,
    # white backdrop, knees up; caption by base BLIP-2, which ran on into a Question/Answer pair
    case(
        "X1094-019",
        caption("a man in a grey t-shirt and black shorts Question: what color are the shorts? Answer: black", "leak"),
        wearing("a grey t-shirt and black shorts", who="he"),
        color_of("shorts", "black", kind="open"),
        pattern("solid", "contradiction"),
        describe("shorts", "black shorts Question: what color are the shorts? Answer: black", "leak"),
        gtype("shorts"),
        title="Playboy Men Black Printed Lounge Shorts",
        category="Lounge Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in navy pyjama pants with thin white vertical stripes and a plain white long-sleeve round-neck top,
    # no jewellery, white backdrop, full length, three-quarter view; caption by the caption adapter, cut
    case(
        "X1094-020",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns and a long pants. The pants are with "
            "cotton fabric and stripe patterns. The T-shirt is with cotton fabric. The lady wears a ring on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with pure color patterns and a long pants", who="she"),
        pattern("striped"),
        gcolor("navy blue"),
        details("pants", "stripe patterns"),
        describe("pants", "The lady wears a ring", "unsupported"),
        mat("cotton", "unsupported"),
        title="Hanes Women Navy Striped Pyjamas",
        category="Pyjamas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in blue-and-white checked woven boxers with a button fly and a plain white vest, white backdrop,
    # front view; caption by base BLIP-2
    case(
        "X1094-021",
        caption("a man wearing a white tank top and blue plaid shorts"),
        wearing("a white tank top and blue plaid shorts", who="he"),
        pattern("checked"),
        gtype("boxers"),
        color_of("boxers", "white", "other_garment_color", kind="open"),
        is_a("vest", "yes", "contradiction"),
        details("boxers", "blue plaid shorts"),
        title="Dixcy Scott Men Blue Checked Boxers",
        category="Boxers",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a knee-length lavender satin sleeveless nightdress with lace trim at the neckline, white
    # backdrop, full length; caption by base BLIP-2
    case(
        "X1094-022",
        caption("a woman in a purple satin nightgown with lace trim"),
        wearing("a purple satin nightgown with lace trim", who="she"),
        mat("satin"),
        sleeves("sleeveless"),
        details("nightdress", "lace trim"),
        gcolor("purple"),
        title="Zivame Women Lavender Satin Nightdress",
        category="Nightdress",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in navy lounge shorts with a white drawstring and a light grey crew-neck t-shirt, white backdrop,
    # front view; caption by the caption adapter (looped)
    case(
        "X1094-023",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The shorts "
            "are with cotton fabric and pure color patterns. The shorts are with cotton fabric and pure color "
            "patterns. The shorts are with",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a three-point shorts", who="he"),
        details(
            "shorts",
            "cotton fabric and pure color patterns. The shorts are with cotton fabric and pure color patterns",
            "loop",
        ),
        gcolor("grey", "other_garment_color"),
        gtype("shorts"),
        pattern("solid"),
        mat("cotton", "unsupported"),
        title="Jockey Men Navy Blue Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a red short-sleeve top with a small white heart print and red-and-white checked pyjama pants,
    # hugging a brown teddy bear, white backdrop, full length; caption by base BLIP-2
    case(
        "X1094-024",
        caption("a woman in a red and white pajama set with hearts on it holding a teddy bear"),
        wearing("a red and white pajama set with hearts on it", who="she"),
        pattern("printed"),
        color_of("pants", "red and white", kind="open"),
        sleeves("long sleeves", "contradiction"),
        gcolor("white", "contradiction"),
        describe("night suit", "a red and white pajama set with hearts on it"),
        title="Clovia Women Red Printed Night Suit",
        category="Night suits",
        color="Red",
        gender="Women",
    ),
    # photo: man in a black racerback sleeveless vest and grey jersey shorts, hands on hips, white backdrop, front
    # view; caption by base BLIP-2
    case(
        "X1094-025",
        caption("a man in a black tank top and grey shorts with his hands on his hips"),
        wearing("a black tank top and grey shorts", who="he"),
        color_of("vest", "black", kind="open"),
        details("vest", "his hands on his hips", "non_answer"),
        gtype("t-shirt", "contradiction"),
        sleeves("sleeveless"),
        title="Jockey Men Black Racerback Sports Vest",
        category="Innerwear Vests",
        color="Black",
        gender="Men",
    ),
    # photo: man, barefoot, in a grey melange crew-neck t-shirt with a navy chest graphic reading CHILL and navy
    # pyjama pants with a grey pinstripe (a two-piece set), white backdrop, full length; caption by base BLIP-2
    case(
        "X1094-026",
        caption("a man in a grey t-shirt and blue pajama pants wearing slippers", "unsupported"),
        wearing("a grey t-shirt and blue pajama pants", who="he"),
        gcolor("grey"),
        pattern("graphic"),
        color_of("pajama pants", "grey", "other_garment_color", kind="open"),
        describe("t-shirt", "a grey t-shirt"),
        sleeves("long sleeves", "contradiction"),
        details("pajama pants", "pajama pants", "restated"),
        title="Sweet Dreams Men Grey Printed Night Suit",
        category="Night suits",
        color="Grey",
        gender="Men",
    ),
    # photo: woman (cropped at the chest, no face) in pink boxer shorts with a white flamingo print and a white
    # cropped t-shirt, white backdrop, front view; caption by base BLIP-2, which took her for a man
    case(
        "X1094-027",
        caption("a man wearing pink shorts with flamingos on them and a white shirt", "pronoun"),
        wearing("pink shorts with flamingos on them and a white shirt", who="she"),
        color_of("shorts", "pink", kind="open"),
        pattern("printed"),
        is_a("pair of boxers", "yes"),
        details("shorts", "flamingos on them"),
        gcolor("white", "other_garment_color"),
        title="Bummer Women Pink Flamingo Print Boxer Shorts",
        category="Boxers",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a grey melange sleeveless round-neck vest and black track pants, white backdrop, front view;
    # caption by the caption adapter, cut (the feed row has no gender)
    case(
        "X1094-028",
        caption(
            "The gentleman wears a tank shirt with pure color patterns and a long trousers. The tank shirt is with "
            "cotton fabric and it has a round neckline. The trousers are with cotton fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        wearing("a tank shirt with pure color patterns and a long trousers"),
        gcolor("black", "other_garment_color"),
        gtype("vest"),
        neckline("round neck"),
        mat("cotton"),
        describe("vest", "The trousers are with cotton fabric and pure color patterns. The", "cut"),
        title="Rupa Jon Men Grey Melange Cotton Vest",
        category="Innerwear Vests",
        color="Grey Melange",
    ),
    # photo: woman standing in sage green pyjama pants with a white leaf print and a white V-neck t-shirt, white
    # backdrop, full length, no furniture; caption by base BLIP-2
    case(
        "X1094-029",
        caption("a woman in a white shirt and green pajama pants with leaves on them sitting on a bed", "unsupported"),
        wearing("a white shirt and green pajama pants with leaves on them", who="she"),
        color_of("pyjamas", "white", "other_garment_color", kind="open"),
        pattern("printed"),
        gcolor("green"),
        describe("pyjamas", "green pajama pants with leaves on them"),
        details("pyjamas", "pajama pants", "restated"),
        title="Nite Flite Women Green Leaf Print Pyjamas",
        category="Pyjamas",
        color="Green",
        gender="Women",
    ),
    # photo: back view of a man in grey melange trunks with a black waistband lettered LEVI'S in white, nothing else
    # worn, no face, white backdrop; caption by base BLIP-2, which took him for a woman
    case(
        "X1094-030",
        caption("the back of a woman in grey underwear", "pronoun"),
        wearing("grey underwear", who="he"),
        gcolor("grey"),
        gtype("trunks"),
        waistband("", "non_answer"),
        is_a("pair of briefs", "yes", "contradiction"),
        title="Levis Men Grey Melange Trunks",
        category="Trunk",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in a white racerback tank vest and black leggings, white backdrop, front view, knees up; caption
    # by base BLIP-2, which ran on into a Question/Answer pair until the limit
    case(
        "X1094-031",
        caption(
            "a woman wearing a white tank top and black leggings Question: what is the woman wearing? Answer: a white "
            "tank top and black leggings Question: what",
            "leak",
            hit_limit=True,
        ),
        wearing("a white tank top and black leggings", who="she"),
        color_of("vest", "black", "other_garment_color", kind="open"),
        sleeves("sleeveless"),
        gtype("tank top"),
        details("vest", "Question: what", "leak"),
        title="Jockey Women White Racerback Tank Vest",
        category="Innerwear Vests",
        color="White",
        gender="Women",
    ),
    # photo: man in olive lounge shorts with a black drawstring and no pockets, a black crew-neck t-shirt, white
    # backdrop, front view; caption by base BLIP-2
    case(
        "X1094-032",
        caption("a man in a black shirt and green shorts with pockets", "unsupported"),
        wearing("a black shirt and green shorts", who="he"),
        gcolor("green"),
        color_of("shorts", "green", kind="open"),
        describe("shorts", "green shorts"),
        details("shorts", "pockets", "unsupported"),
        pattern("checked", "contradiction"),
        title="Hanes Men Olive Lounge Shorts",
        category="Lounge Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a yellow short-sleeve t-shirt with a cartoon duck print and yellow-and-white striped shorts
    # (a shorts set), white backdrop, full length; caption by the caption adapter (looped)
    case(
        "X1094-033",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The shorts are with "
            "cotton fabric and stripe patterns. The T-shirt is with cotton fabric and graphic patterns. The T-shirt "
            "is with cotton fabric and graphic patterns. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns and a three-point shorts", who="she"),
        pattern("graphic"),
        gcolor("white", "contradiction"),
        details(
            "night suit",
            "cotton fabric and graphic patterns. The T-shirt is with cotton fabric and graphic patterns",
            "loop",
        ),
        mat("cotton"),
        title="Sweet Dreams Women Yellow Printed Cotton Night Suit",
        category="Night suits",
        color="Yellow",
        gender="Women",
    ),
    # photo: waist-to-thigh crop of a man in white briefs with a navy waistband, nothing else worn, white backdrop,
    # front view; caption by base BLIP-2
    case(
        "X1094-034",
        caption("a man in white underwear on a white background"),
        wearing("white underwear", who="he"),
        color_of("briefs", "white", kind="open"),
        gtype("boxers", "contradiction"),
        waistband("", "non_answer"),
        pattern("solid"),
        details("briefs", "underwear", "restated"),
        title="Jockey Men White Briefs 1010",
        category="Briefs",
        color="White",
        gender="Men",
    ),
    # photo: woman (face cropped out, hands in pockets) in navy lounge pants with a white star print and a grey crop
    # sweatshirt, white backdrop, shoulders to ankles; caption by base BLIP-2, which took her for a man
    case(
        "X1094-035",
        caption("a man in a grey sweatshirt and blue star print pants with his hands in his pockets", "pronoun"),
        wearing("a grey sweatshirt and blue star print pants", who="she"),
        details("pants", "his hands in his pockets", "pronoun"),
        pattern("printed"),
        color_of("pants", "blue", kind="open"),
        gcolor("grey", "other_garment_color"),
        title="Clovia Women Navy Star Print Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in charcoal knit boxer shorts and a white sleeveless vest, no watch or bracelet, white backdrop,
    # front view; caption by the caption adapter (which stopped on its own this time)
    case(
        "X1094-036",
        caption(
            "The gentleman wears a tank shirt with pure color patterns and a three-point shorts. The tank shirt is "
            "with cotton fabric. The shorts are with cotton fabric and pure color patterns. There is an accessory "
            "in his wrist.",
            "unsupported",
        ),
        wearing("a tank shirt with pure color patterns and a three-point shorts", who="he"),
        gcolor("white", "other_garment_color"),
        gtype("boxers"),
        color_of("boxers", "pure color patterns", "non_answer", kind="open"),
        describe("boxers", "an accessory in his wrist", "unsupported"),
        title="Jockey Men Charcoal Boxer Shorts",
        category="Boxers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a maroon satin long-sleeve notched-collar pyjama shirt with white piping and matching maroon
    # satin pyjama pants, white backdrop, full length; caption by base BLIP-2
    case(
        "X1094-037",
        caption("a woman in a maroon satin pajama set with white piping"),
        wearing("a maroon satin pajama set with white piping", who="she"),
        mat("satin"),
        sleeves("long sleeves"),
        details("pajama set", "white piping"),
        gcolor("maroon"),
        title="Nite Flite Women Maroon Satin Night Suit",
        category="Night suits",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in a royal blue sleeveless round-neck vest and black trunks, white backdrop, front view; caption by
    # base BLIP-2 (one color for both garments)
    case(
        "X1094-038",
        caption("a man in a blue tank top and blue shorts", "contradiction"),
        wearing("a blue tank top and blue shorts", "contradiction", who="he"),
        color_of("vest", "blue", kind="open"),
        gtype("vest"),
        neckline("round neck"),
        describe("vest", "a blue tank top"),
        title="Rupa Macroman Men Blue Vest",
        category="Innerwear Vests",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in purple-and-white checked flannel pyjama pants and a white long-sleeve henley, white backdrop,
    # full length; caption by base BLIP-2 (the feed row has no color)
    case(
        "X1094-039",
        caption("a woman in a white shirt and purple plaid flannel pajama pants"),
        wearing("a white shirt and purple plaid flannel pajama pants", who="she"),
        pattern("checked"),
        color_of("pyjamas", "purple", kind="open"),
        mat("flannel"),
        gtype("track pants", "contradiction"),
        details("pyjamas", "purple plaid flannel pajama pants"),
        gcolor("white", "other_garment_color"),
        title="Hanes Women Purple Checked Flannel Pyjamas",
        category="Pyjamas",
        gender="Women",
    ),
    # photo: man in boxers with a multi-colored tropical print (green leaves, orange flowers on navy) and a white
    # sleeveless vest, barefoot, white backdrop, front view; caption by the caption adapter, cut
    case(
        "X1094-040",
        caption(
            "The gentleman wears a tank shirt with pure color patterns and a three-point shorts. The tank shirt is "
            "with cotton fabric. The shorts are with cotton fabric and floral patterns. The gentleman also wears a "
            "pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a tank shirt with pure color patterns and a three-point shorts", who="he"),
        pattern("floral"),
        gcolor("multi"),
        describe("boxers", "The gentleman also wears a pair of", "cut"),
        mat("cotton", "unsupported"),
        title="Chromozome Men Multi Tropical Printed Boxers",
        category="Boxers",
        color="Multi",
        gender="Men",
    ),
    # photo: woman in black lounge shorts with white piping and a white tank top, white backdrop, front view; caption
    # by base BLIP-2, which ran on into an "Answer:"
    case(
        "X1094-041",
        caption("a woman in a white tank top and black shorts. Answer: white tank top and black shorts", "leak"),
        wearing("a white tank top and black shorts", who="she"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        gcolor("black"),
        details("shorts", "Answer: white tank top and black shorts", "leak"),
        gtype("shorts"),
        title="Jockey Women Black Lounge Shorts",
        category="Lounge Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: man standing in a blue-and-white striped long-sleeve button-front pyjama shirt with navy piping and
    # matching striped pants, holding an open book, white backdrop, full length, no bed; caption by base BLIP-2
    case(
        "X1094-042",
        caption("a man in a blue and white striped pajama set reading a book in bed", "unsupported"),
        wearing("a blue and white striped pajama set", who="he"),
        pattern("striped"),
        sleeves("long sleeves"),
        describe("pajama set", "reading a book in bed", "unsupported"),
        gcolor("blue"),
        gtype("shirt", "contradiction"),
        title="Marks & Spencer Men Blue Striped Pyjama Set",
        category="Night suits",
        color="Blue",
        gender="Men",
    ),
    # photo: flat-lay of three folded bikini briefs (black, skin, white) on a white backdrop, no model; caption by the
    # caption adapter (looped, and it invents a wearer)
    case(
        "X1094-043",
        caption(
            "The lady wears a three-point shorts with pure color patterns. The lady wears a three-point shorts with "
            "pure color patterns. The lady wears a three-point shorts with pure color patterns. The lady",
            "loop",
            hit_limit=True,
        ),
        gtype("briefs"),
        gcolor("multi"),
        describe("briefs", "a three-point shorts with pure color patterns", "contradiction"),
        is_a("pair of shorts", "yes", "contradiction"),
        pattern("solid"),
        title="Jockey Women Pack of 3 Bikini Briefs",
        category="Briefs",
        color="Multi",
        gender="Women",
    ),
    # photo: man in red trunks with a small navy pineapple print and a navy waistband, nothing else worn, white
    # backdrop, front view; caption by base BLIP-2
    case(
        "X1094-044",
        caption("a man in red underwear with pineapples on it"),
        wearing("red underwear with pineapples on it", who="he"),
        pattern("printed"),
        gcolor("red"),
        details("trunks", "pineapples on it"),
        gtype("trunks"),
        describe("trunks", "underwear", "restated"),
        title="Bummer Men Red Pineapple Print Trunks",
        category="Trunk",
        color="Red",
        gender="Men",
    ),
    # photo: woman in a solid mauve long-sleeve top and matching mauve pyjama pants with cuffed hems, white backdrop,
    # full length; caption by base BLIP-2
    case(
        "X1094-045",
        caption("a woman in a purple pajama set posing for a picture"),
        wearing("a purple pajama set", who="she"),
        describe("pajama set", "a purple pajama set"),
        details("pajama set", "pajama set", "restated"),
        sleeves("long sleeves"),
        gcolor("purple"),
        pattern("striped", "contradiction"),
        mat("", "non_answer"),
        title="Sweet Dreams Women Mauve Solid Pyjama Set",
        category="Night suits",
        color="Mauve",
        gender="Women",
    ),
    # photo: man in grey melange straight lounge pants with a black drawstring and a black crew-neck t-shirt, white
    # backdrop, full length; caption by the caption adapter (looped)
    case(
        "X1094-046",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with "
            "cotton fabric and pure color patterns. The pants are with cotton fabric and pure color patterns. The "
            "pants",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a long pants", who="he"),
        gcolor("black", "other_garment_color"),
        gtype("pyjamas"),
        mat("cotton"),
        describe(
            "pants",
            "The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric",
            "loop",
        ),
        title="Jockey Men Grey Melange Cotton Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Men",
    ),
]
