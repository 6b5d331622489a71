"""BLIND_29 (44 products; a global sportswear brand's store, Nike/adidas-like: running, training, football kits,
tracksuits, sports bras, swimwear, a few caps, bags and trainers; enrich's default closed questions with the
experiments' open ones; the brands' slash-separated colorways, "Cloud White/Black", for two thirds of the products):
written blind in the fourteenth session and measured blind at b0df540: 108/135 and 15/133. The writer's notes,
verbatim:

BLIND_29: a blind corpus of BLIP-2 outputs for a global sportswear store (Nike/adidas-like).

Scenario
    A sportswear brand's online store for men, women and kids: running tops and shorts, training tights and
    leggings, sports bras, football kits with crests and sponsors, basketball shorts and jerseys, tracksuits and
    three-stripe track tops, hoodies, fleece joggers, windbreakers, puffers, tennis skirts and dresses, swimwear,
    and a few caps, bags, socks and trainers. Photos are on-model studio shots on white or grey (often mid-movement:
    running, lunging, jumping, serving), ghost-mannequin and flat product shots (gender None), and some lifestyle
    shots outdoors (street, park, beach, pitch, trail). About two thirds of the products carry the store's catalog
    columns (category, color as the brand's slash-separated colorway, title); the rest have none.

Which system produced which text
    * captions: the untuned base BLIP-2 OPT-2.7b (short lower-case sentences: "a man running in black shorts ...")
      or the experiments' caption adapter (DeepFashion-MultiModal template: "The gentleman wears a ... with pure
      color patterns ...", pattern words, never a hue; it rarely stops, so most of its captions run to the
      50-token limit and are cut mid-sentence or start the template again). Each Case comment says which.
    * closed questions (garment_type, color, pattern, sleeve length, is_<garment>, the experiments' closed
      color-of-<garment>): the VQA adapter through the reference engine; the raw generation is stored. It answers
      In-shop class names (tee, tank, sweatshirt, jacket, coat, pants, leggings, vest, romper ...) and
      DeepFashion pattern words (pure color, striped, graphic, color block, floral), sometimes loops
      ("white-white-white..."), leaks the prompt format ("tee Question: ... Answer: tee ..."), or answers about
      another layer of the outfit (the tee's color for the shorts).
    * open questions (wearing, description, details, material, open color-of-<garment>): mostly the untuned base
      model (30 new tokens max: short answers; some loop or are cut at the limit, some leak the next
      "Question:"), sometimes the caption adapter (the template returned for any prompt, to the limit). Where an
      open text comes from the caption adapter the Case comment says so; the template style makes it obvious.

How it was written
    Blind. I read only /work/shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the Text/Case layout, the
    helpers, DEFAULT_QUESTIONS / BLIND_QUESTIONS, and the TARGETS keys). I did not read the audits, the rest of the
    repository (beyond a file listing of tests/ and of this output folder, names only), any other corpus, or run
    enrich. Products, photos and outputs are invented to look like what these
    three systems produce on such photos.

Label conventions and judgement calls
    * One label per text: the fault a reviewer would fix first. None = correct for the photo described in the
      comment above the Case (and its catalog columns).
    * hit_limit=True only for texts that ran to the limit (30 new tokens for answers, 50 for captions); all of them
      are failures. A text that ran to the limit and is cut mid-sentence is "cut"; one that repeats itself
      (including the caption template starting over) is "loop"; one that carries "Question: ... Answer:" is "leak".
    * contradiction: a wrong garment type or color/pattern/sleeve answer for the product, including a closed answer
      about another layer of the outfit (the bra's black for the leggings, the tee's sleeves for the tights), an
      In-shop class that is not the product (tank/tee for a sports bra, romper for a swimsuit, tee/jacket/pants for
      a cap, bag or shoe), and a caption that gets the product's color wrong.
    * other_garment_color: an open answer (description, details, open color question) that gives the product the
      color of another garment in the photo.
    * unsupported: an invented detail (pockets, hood, zips, buttons, back print not visible) or an invented material
      at odds with the product (cotton for a polyester football shirt or swimsuit, leather for a windbreaker or a
      knit trainer).
    * non_answer: empty, "no", "it is a shirt", or only the question's words back ("the shorts are shorts").
      restated: a longer answer that only restates the question ("the leggings details are the details of the
      leggings").
    * pronoun: he/she (or man/woman, gentleman/lady) contradicting a Men/Women product's model. Kids models are
      never labelled pronoun; flat shots have gender None.
    * Near-hue answers count as correct: navy / dark blue for Obsidian or Collegiate Navy, white / cream for Pale
      Ivory, pink for Coral Chalk, yellow for Volt, green for Olive Strata, grey / gray for Smoke Grey. Two-color
      answers for two-color products are correct ("blue and white", "black and white").
    * In-shop classes accepted as correct: "jacket" for track tops and windbreakers, "vest" for a down gilet,
      "graphic tee" for a printed tee. "striped patterns" for a track top with three stripes down the sleeves is
      accepted in a caption-adapter caption. "tank"/"tee" for a sports bra, "romper" for a swimsuit, "leggings"
      for socks and any garment class for a cap, bag or shoe are contradictions.
    * A base-model answer that runs on in marketing prose to the limit (material, wearing) is "cut" even when what
      it says so far is plausible.
    * The caption adapter's stock "cotton fabric" inside a template that was cut is labelled cut, not unsupported.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing

garment_type = Q.garment_type
color = Q.color
pattern = Q.pattern
sleeve = Q.sleeve_length
material = Q.material


BLIND_29: list[Case] = [
    # On-model studio shot on white, man mid-stride: black running shorts with a small white swoosh on the left leg,
    # a plain grey crew-neck tee. Base caption and open answers; VQA adapter closed answers.
    case(
        "SP-29001",
        caption("a man running in black shorts and a grey t-shirt"),
        garment_type("shorts"),
        color("grey", "contradiction"),
        wearing("a grey t-shirt and black shorts"),
        details("shorts", "the shorts have two side pockets with buttons and a belt loop", "unsupported"),
        material(
            "the shorts are made of a lightweight, breathable polyester fabric that wicks sweat away from your "
            "skin to help you stay dry and comfortable while you",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Shorts",
        color="Black/White",
        title="Nike Dri-FIT Challenger Men's 7\" Running Shorts",
    ),
    # On-model studio shot on grey: woman in a coral (pinkish) medium-support sports bra with a small white swoosh
    # on the band, black leggings. Caption adapter caption (cut at the limit); base open answers.
    case(
        "SP-29002",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long leggings. The tank top is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. "
            "The lady also wears a",
            "cut",
            hit_limit=True,
        ),
        garment_type("tank", "contradiction"),
        color("pink"),
        color_of("bra", "black", "contradiction"),
        wearing("a pink sports bra and black leggings", who="the woman"),
        describe("sports bra", "it is a pink sports bra with a white nike logo on the front"),
        material(
            "spandex Question: What is the color of the sports bra? Answer: pink Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Sports Bras",
        color="Coral Chalk",
        title="Nike Swoosh Medium-Support Women's Padded Sports Bra",
    ),
    # Ghost-mannequin shot on white: white home football shirt, crew neck with navy collar and cuffs, crest on the
    # left chest, small swoosh on the right. Base caption; the material answer is the caption adapter's template.
    case(
        "SP-29003",
        caption("a white soccer jersey with a crest on the chest"),
        color(
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            hit_limit=True,
        ),
        sleeve("short-sleeve"),
        describe(
            "shirt",
            "a white football shirt with a navy collar, the england badge on the left chest and a "
            "nike swoosh on the right",
        ),
        details("shirt", "the shirt has a button-down collar and a chest pocket", "unsupported"),
        material(
            "The garment is with cotton fabric and pure color patterns. It has a round neckline. The garment "
            "is with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        gender=None,
        category="Jerseys",
        color="White/Obsidian",
        title="England 2024 Stadium Home Men's Football Shirt",
    ),
    # On-model studio shot on grey: man in a black full-zip track top with three white stripes on the shoulders and
    # sleeves, stand-up collar, black track pants. Caption adapter caption (starts over); base open answers.
    case(
        "SP-29004",
        caption(
            "The gentleman wears a long-sleeve jacket with color block patterns and a long pants. The jacket is with "
            "cotton fabric and it has a stand-up collar. The pants are with cotton fabric and pure color patterns. "
            "The gentleman wears a long-sleeve jacket with color block",
            "loop",
            hit_limit=True,
        ),
        garment_type("jacket"),
        color("black"),
        wearing("a black adidas track jacket with white stripes and black pants", who="the man"),
        details(
            "jacket",
            "the jacket has three white stripes down the sleeves, a full zip with a stand-up collar, "
            "two zip pockets at the front and an adidas logo on the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets & Gilets",
        color="Black/White",
        title="adidas Tiro 23 League Training Track Top",
    ),
    # On-model studio shot on white, woman in a lunge: olive green high-waisted 7/8 leggings, black sports bra.
    # Base caption (wrong person); the description is the caption adapter's template.
    case(
        "SP-29005",
        caption("a man doing a lunge in green leggings", "pronoun"),
        garment_type("leggings"),
        color("black", "contradiction"),
        color_of("leggings", "green", kind="open"),
        wearing("she is wearing a black sports bra and olive green leggings"),
        describe(
            "leggings",
            "The lady wears a long leggings with pure color patterns. The leggings are with cotton "
            "fabric. The lady wears a sleeveless tank top with pure",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Leggings & Tights",
        color="Olive Strata",
        title="Nike One Women's High-Waisted 7/8 Leggings",
    ),
    # On-model studio shot on white: a boy in a red home football shirt (crest left chest, white sponsor wordmark
    # across the front) and red shorts. Base caption and answers; the material answer is the caption adapter's.
    case(
        "SP-29006",
        caption("a young boy in a red soccer jersey and red shorts"),
        color("red"),
        wearing("a red liverpool shirt with standard chartered written on it and red shorts"),
        details(
            "shirt",
            "the shirt has a crest on the left chest, a sponsor logo on the front, and a sponsor logo "
            "on the front, and a sponsor logo on the",
            "loop",
            hit_limit=True,
        ),
        describe("shirt", "it is a shirt", "non_answer"),
        material(
            "The boy wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The boy wears a",
            "cut",
            hit_limit=True,
        ),
        gender="Kids",
        category="Jerseys",
        color="University Red/White",
        title="Liverpool F.C. 2024/25 Stadium Home Older Kids' Football Shirt",
    ),
    # Ghost-mannequin shot on white: light heather-grey pullover fleece hoodie, small white swoosh on the chest,
    # kangaroo pocket, drawcord hood. No catalog columns. Base caption and open answers.
    case(
        "SP-29007",
        caption("a grey hoodie with a white nike logo on the chest"),
        garment_type(
            "sweatshirt Question: What is the color of the sweatshirt? Answer: grey Question: What is the",
            "leak",
            hit_limit=True,
        ),
        color("grey"),
        describe("hoodie", "a grey hoodie with a hood and a kangaroo pocket"),
        details(
            "hoodie",
            "the hoodie has a hood with drawstrings, a front pocket, ribbed cuffs and a ribbed hem, "
            "and a hood with drawstrings, a front pocket, ribbed cuffs",
            "loop",
            hit_limit=True,
        ),
        material("fleece"),
        gender=None,
    ),
    # Lifestyle shot outdoors on a blue hard court, woman mid-swing: white pleated tennis skirt with a small black
    # swoosh on the hip, navy racerback tank. Base caption and open answers.
    case(
        "SP-29008",
        caption("a woman playing tennis on a blue court"),
        garment_type("skirt"),
        color("navy", "contradiction"),
        pattern("striped", "contradiction"),
        wearing("he is wearing a white skirt and a blue top", "pronoun"),
        describe("skirt", "a white pleated tennis skirt with a black nike logo on the hip"),
        details("skirt", "the skirt is navy blue with pleats", "other_garment_color"),
        gender="Women",
        category="Skirts & Dresses",
        color="White/Black",
        title="NikeCourt Dri-FIT Advantage Women's Pleated Tennis Skirt",
    ),
    # On-model studio shot on grey, man mid-jump: royal blue basketball shorts with white side panels, plain black
    # tank top, white wristband. No catalog columns. Caption adapter caption (cut); base open answers.
    case(
        "SP-29009",
        caption(
            "The gentleman wears a tank top with pure color patterns and a three-point shorts. The tank top is with "
            "cotton fabric and it has no sleeves. The shorts are with cotton fabric and color block patterns. There "
            "is an accessory on his wrist. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        color("blue and white"),
        color_of("shorts", "black", kind="open", failure="other_garment_color"),
        wearing("a black tank top and blue shorts"),
        details("shorts", "the shorts are shorts", "non_answer"),
        material("mesh"),
        gender="Men",
    ),
    # Lifestyle shot on a city street: woman in a black hip-length puffer jacket with a plain hood, blue jeans.
    # Base caption and open answers; the description is the caption adapter's template.
    case(
        "SP-29010",
        caption("a woman in a black puffer jacket walking down the street"),
        color("black"),
        pattern(
            "jacket Question: What is the pattern of the jacket? Answer: pure color Question: What is the "
            "pattern of the jacket? Answer: pure color Question:",
            "leak",
            hit_limit=True,
        ),
        wearing("a black puffer jacket and blue jeans"),
        details("jacket", "the jacket has a fur-lined hood and gold buttons", "unsupported"),
        describe(
            "jacket",
            "The lady wears a long-sleeve coat with pure color patterns and a long denim pants. The "
            "coat is with cotton fabric and it has a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Jackets & Gilets",
        color="Black/White",
        title="Nike Sportswear Therma-FIT City Series Women's Puffer Jacket",
    ),
    # Flat product shot on white: black unstructured cap with a white swoosh on the front. Base caption and
    # answers; the material answer is the caption adapter's template.
    case(
        "SP-29011",
        caption("a black baseball cap with a white nike logo"),
        garment_type("tee", "contradiction"),
        color("black"),
        describe("cap", "a black cap with a white swoosh on the front"),
        details(
            "cap",
            "the cap has a white logo and a white logo and a white logo and a white logo and a white "
            "logo and a white logo and a white",
            "loop",
            hit_limit=True,
        ),
        material(
            "The person wears a hat. The hat is with cotton fabric and pure color patterns. The person wears "
            "a hat. The hat is with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        gender=None,
        category="Accessories",
        color="Black/White",
        title="Nike Dri-FIT Club Unstructured Swoosh Cap",
    ),
    # On-model studio shot on white: man in a navy tricot tracksuit (full-zip jacket and pants) with three white
    # stripes on sleeves and legs, white trainers. Base caption and open answers (one leaks the prompt format).
    case(
        "SP-29012",
        caption("a man in a blue adidas tracksuit"),
        color("navy"),
        color_of(
            "pants",
            "navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue adidas track suit with white stripes and white sneakers"),
        describe(
            "jacket",
            "jacket Question: Describe the jacket. Answer: jacket Question: Describe the jacket. "
            "Answer: jacket Question: Describe",
            "leak",
            hit_limit=True,
        ),
        material("the material of the track suit is the material it is made of", "restated"),
        gender="Men",
        category="Tracksuits",
        color="Collegiate Navy/White",
        title="adidas Essentials 3-Stripes Men's Tricot Track Suit",
    ),
    # On-model studio shot on white: woman in a black one-piece swimsuit with three white stripes down the sides.
    # No catalog columns. Caption adapter caption (starts over); base open answers.
    case(
        "SP-29013",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and "
            "its neckline is suspenders. The lady wears a sleeveless tank top with pure color patterns. The tank "
            "top is with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        garment_type("romper", "contradiction"),
        color("black"),
        is_a("swimsuit", "no", "contradiction"),
        wearing("a black swimsuit with white stripes on the sides"),
        describe("swimsuit", "a black one piece swimsuit"),
        material("the swimsuit is made of cotton", "unsupported"),
        gender="Women",
    ),
    # On-model studio shot on grey, man mid-stride: dark navy long-sleeve half-zip running top with a small volt
    # (neon yellow) swoosh on the chest, black running tights. Base caption; the description is the caption
    # adapter's template.
    case(
        "SP-29014",
        caption("a man running in a navy blue shirt and black tights"),
        garment_type("pants", "contradiction"),
        color("dark blue"),
        color_of("shirt", "black", kind="open", failure="other_garment_color"),
        describe(
            "shirt",
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The "
            "sweater is with cotton fabric and it has a",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue long sleeve running top and black running tights"),
        gender="Men",
        category="Tops & T-Shirts",
        color="Obsidian/Volt",
        title="Nike Element Men's Dri-FIT 1/2-Zip Running Top",
    ),
    # Lifestyle shot in a park: woman in a pale ivory (off-white) full-zip windbreaker with black zip, black trim
    # and a hood, black leggings. Base caption and open answers.
    case(
        "SP-29015",
        caption("a woman in a white jacket and black leggings standing in a park"),
        color("black", "contradiction"),
        wearing("a white windbreaker and black leggings"),
        describe("jacket", "a cream colored jacket with a black zipper and black trim"),
        details(
            "jacket",
            "the jacket has a hood, a zipper, and a hood, a zipper, and a hood, a zipper, and a hood, a zipper, and",
            "loop",
            hit_limit=True,
        ),
        material("leather", "unsupported"),
        gender="Women",
        category="Jackets & Gilets",
        color="Pale Ivory/Black",
        title="Nike Sportswear Windrunner Women's Loose UV Woven Full-Zip Jacket",
    ),
    # Flat product shot on grey: three pairs of white crew socks with small black swooshes. No catalog columns.
    # Base caption and open answers.
    case(
        "SP-29016",
        caption("three pairs of white socks with black nike logos"),
        garment_type("leggings", "contradiction"),
        color("white"),
        describe("socks", "white socks"),
        details("socks", "the details of the socks are the socks details", "restated"),
        gender=None,
    ),
    # On-model studio shot on white: man in white football shorts with three black stripes down the sides and an
    # elastic waist, plain black training tee. Caption adapter caption (cut); base open answers.
    case(
        "SP-29017",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The "
            "T-shirt is with cotton fabric and its neckline is round. The shorts are with cotton fabric and pure "
            "color patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        garment_type("shorts"),
        color("white"),
        color_of("shorts", "black", kind="open", failure="other_garment_color"),
        wearing("a black t-shirt and white shorts"),
        details(
            "shorts",
            "the shorts have an elastic waistband with a drawcord, three black stripes down the sides, a "
            "small adidas logo on the left leg and a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Shorts",
        color="Cloud White/Black",
        title="adidas Squadra 25 Men's Football Shorts",
    ),
    # On-model studio shot on grey: a girl in a pink tricot tracksuit (full-zip jacket with stand-up collar, no
    # hood; pants) with three white stripes, white trainers. Base caption and answers; the description is the
    # caption adapter's template.
    case(
        "SP-29018",
        caption("a little girl in a pink track suit"),
        garment_type(
            "jacket Question: What is the color of the jacket? Answer: pink Question: Is this a jacket? "
            "Answer: yes Question: What",
            "leak",
            hit_limit=True,
        ),
        color("pink"),
        wearing("a pink track suit with white stripes and white shoes"),
        describe(
            "track suit",
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The "
            "sweater is with cotton fabric and it has a stand-up",
            "cut",
            hit_limit=True,
        ),
        details("track suit", "the track suit has a zipper on the front and a hood", "unsupported"),
        gender="Kids",
        category="Tracksuits",
        color="Bliss Pink/White",
        title="adidas Essentials 3-Stripes Kids' Tiberio Track Suit",
    ),
    # Flat product shot, side view on white: white knit running shoe with three black stripes on the side and a
    # white foam sole. Base caption and open answers.
    case(
        "SP-29019",
        caption("a white sneaker with black stripes on a white background"),
        garment_type("pants", "contradiction"),
        color("white"),
        describe("shoe", "a white running shoe with three black stripes on the side and a white boost sole"),
        details("shoe", "the shoe details are the details of the shoe", "restated"),
        material("leather", "unsupported"),
        gender=None,
        category="Shoes",
        color="Cloud White/Core Black",
        title="adidas Ultraboost 5 Running Shoes",
    ),
    # On-model studio shot on grey, woman mid-stride: white scoop-neck running singlet with a small silver swoosh,
    # black running shorts. No catalog columns. Caption adapter caption that stopped (complete, correct, no hue);
    # base open answers (the material answer leaks).
    case(
        "SP-29020",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a three-point shorts. The shorts "
            "are with pure color patterns."
        ),
        color(
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            hit_limit=True,
        ),
        wearing("a white tank top and black shorts", who="the woman"),
        color_of("tank top", "black", kind="open", failure="other_garment_color"),
        details("tank top", "the tank top has a scoop neck and a small silver logo on the chest"),
        material(
            "mesh Question: What is the color of the tank top? Answer: white Question: What is the pattern",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
    ),
    # Ghost-mannequin shot on white: gold-yellow basketball jersey with purple trim, LAKERS across the chest and
    # the number 23 on the front (back not shown). Base caption and answers; material from the caption adapter.
    case(
        "SP-29021",
        caption("a yellow basketball jersey with the word lakers on it"),
        color("yellow"),
        sleeve(
            "sleeveless-sleeveless-sleeveless-sleeveless-sleeveless-sleeveless-sleeveless-sleeveless-sleeveless-"
            "sleeveless",
            "loop",
            hit_limit=True,
        ),
        describe("jersey", "a yellow and purple lakers jersey with the number 23 on the front"),
        details(
            "jersey",
            "the jersey has a v-neck, purple trim and the number 23 on the front and the player's name on the back",
            "unsupported",
        ),
        material(
            "The tank top is with cotton fabric and pure color patterns. It has no sleeves. The tank top is "
            "with cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        gender=None,
        category="Jerseys",
        color="Amarillo/Field Purple",
        title="Los Angeles Lakers Icon Edition 2024/25 Swingman Men's Nike Dri-FIT NBA Jersey",
    ),
    # On-model studio shot on white: woman in an oversized off-white fleece hoodie with a large black NIKE wordmark
    # across the chest, grey sweatpants. No catalog columns. Base caption and answers; material from the caption
    # adapter.
    case(
        "SP-29022",
        caption("a woman wearing a white hoodie with nike written on it"),
        color("white"),
        wearing("a white hoodie and grey sweatpants"),
        color_of("hoodie", "grey", kind="open", failure="other_garment_color"),
        describe("hoodie", "the hoodie is a hoodie that you can wear", "restated"),
        material(
            "The lady wears a long-sleeve sweater with graphic patterns and a long pants. The sweater is with "
            "cotton fabric and it has a round",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
    ),
    # Lifestyle shot on a mountain path: man in a black quilted down vest (sleeveless) over a grey hoodie, hood of
    # the hoodie showing. Caption adapter caption (starts over); base open answers.
    case(
        "SP-29023",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a vest. The vest is with cotton "
            "fabric and pure color patterns. The gentleman wears a long-sleeve sweater with pure color patterns and "
            "a vest. The vest is with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        garment_type("vest"),
        color("grey", "contradiction"),
        sleeve("long-sleeve", "contradiction"),
        wearing("a black puffer vest over a grey hoodie"),
        describe("vest", "a black puffy vest with a zipper"),
        details("vest", "the vest is grey with a hood", "other_garment_color"),
        gender="Men",
        category="Jackets & Gilets",
        color="Black",
        title="adidas Helionic Men's Down Vest",
    ),
    # On-model studio shot on white, woman mid-serve with a racket: black sleeveless tennis dress with white trim
    # and a racerback, white tennis shoes. Base caption and open answers; the description is the caption adapter's.
    case(
        "SP-29024",
        caption("a woman in a black tennis dress holding a racket"),
        color("black and white"),
        wearing("he is wearing a black dress and white shoes", "pronoun"),
        details(
            "dress",
            "the dress has a racerback and built-in shorts and built-in shorts and built-in shorts and "
            "built-in shorts and built-in",
            "loop",
            hit_limit=True,
        ),
        describe(
            "dress",
            "The lady wears a sleeveless dress with color block patterns. The dress is with cotton "
            "fabric. The lady wears a sleeveless dress with color block",
            "loop",
            hit_limit=True,
        ),
        material("polyester and elastane"),
        gender="Women",
        category="Skirts & Dresses",
        color="Black/White",
        title="adidas Tennis Pro Women's Y-Dress",
    ),
    # On-model studio shot on grey, man mid-squat: black full-length compression tights worn under black shorts,
    # white crew-neck tee. No catalog columns. Base caption and open answers.
    case(
        "SP-29025",
        caption("a man doing a squat in a white shirt and black shorts"),
        garment_type("shorts", "contradiction"),
        color("black"),
        sleeve("short-sleeve", "contradiction"),
        wearing("a white t-shirt, black shorts and black leggings"),
        describe("tights", "white tights", "other_garment_color"),
        details("tights", "they are tight", "non_answer"),
        gender="Men",
    ),
    # Flat product shot on white: light blue kids' swim shorts with an all-over cartoon shark print and a white
    # drawcord (front only). Base caption and answers; material from the caption adapter.
    case(
        "SP-29026",
        caption("a pair of blue swim trunks with sharks on them"),
        color("blue"),
        pattern("floral", "contradiction"),
        describe("shorts", "blue shorts with a shark print and a white drawstring"),
        details(
            "shorts",
            "the shorts have a shark print, a drawstring waist and a back pocket with a velcro flap",
            "unsupported",
        ),
        material(
            "The shorts are with cotton fabric and graphic patterns. The shorts are with cotton fabric and "
            "graphic patterns. The shorts are with",
            "loop",
            hit_limit=True,
        ),
        gender=None,
        category="Swimwear",
        color="Light Photo Blue/Multi",
        title="Nike Swim Older Kids' (Boys') 4\" Volley Shorts",
    ),
    # On-model studio shot on white: man in dark heather grey fleece joggers (drawcord waist, side pockets, cuffed
    # ankles), black pullover hoodie. Caption adapter caption (cut); base open answers (one leaks).
    case(
        "SP-29027",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric and it has a hooded collar. The pants are with cotton fabric and pure color patterns. The "
            "gentleman wears a pair of",
            "cut",
            hit_limit=True,
        ),
        color("black", "contradiction"),
        color_of("pants", "grey"),
        wearing("a black hoodie and grey sweatpants"),
        details("joggers", "the joggers have an elastic waistband with a drawstring, side pockets and cuffed ankles"),
        describe(
            "joggers",
            "grey joggers Question: Describe the joggers. Answer: grey joggers Question: Describe "
            "the joggers. Answer: grey",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Trousers & Tights",
        color="Dark Grey Heather/Black/White",
        title="Nike Sportswear Club Fleece Men's Joggers",
    ),
    # Flat product shot on white: black high-support sports bra with a front zip and wide padded straps, small grey
    # swoosh on the band. Base caption and open answers.
    case(
        "SP-29028",
        caption("a black sports bra with a zipper in the front"),
        garment_type("tee", "contradiction"),
        color("black"),
        is_a("sports bra", "no", "contradiction"),
        describe("sports bra", "a black sports bra with a zip front and wide straps"),
        details(
            "sports bra",
            "the sports bra has a zip front with a zipper pull, wide padded straps, a small grey "
            "logo on the band and a wide elastic",
            "cut",
            hit_limit=True,
        ),
        gender=None,
        category="Sports Bras",
        color="Black/Iron Grey",
        title="Nike Alpha Women's High-Support Padded Zip-Front Sports Bra",
    ),
    # Lifestyle shot in front of a concrete building: man in a royal blue / white / black color-blocked hooded
    # windbreaker with a chevron panel across the chest, black pants, white sneakers, a black watch on his left
    # wrist. Base caption and open answers.
    case(
        "SP-29029",
        caption("a man in a blue and white jacket standing in front of a building"),
        garment_type("jacket"),
        color("blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue", "loop", hit_limit=True),
        wearing(
            "a blue and white windbreaker with a hood, black pants, white sneakers and a black watch on his left "
            "wrist, and he is standing in front of a",
            "cut",
            hit_limit=True,
        ),
        describe("jacket", "a jacket", "non_answer"),
        details("jacket", "the jacket has a hood, a zipper, and a chevron design on the chest"),
        gender="Men",
        category="Jackets & Gilets",
        color="Game Royal/White/Black",
        title="Nike Sportswear Windrunner Men's Hooded Jacket",
    ),
    # On-model studio shot on white, woman mid-stride: black running shorts with a small silver swoosh and curved
    # side hems, pink tee. Caption adapter caption (starts over); base open answers.
    case(
        "SP-29030",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a short shorts. The T-shirt is with "
            "cotton fabric and its neckline is round. The shorts are with cotton fabric and pure color patterns. The "
            "lady wears a short-sleeve T-shirt",
            "loop",
            hit_limit=True,
        ),
        garment_type("shorts"),
        color("pink", "contradiction"),
        wearing("a pink t-shirt and black shorts"),
        describe("shorts", "he is wearing black running shorts", "pronoun"),
        details("shorts", "the shorts have a small silver swoosh on the left leg and curved side hems"),
        color_of("shorts", "pink", kind="open", failure="other_garment_color"),
        material("", "non_answer"),
        gender="Women",
        category="Shorts",
        color="Black/Reflective Silver",
        title="Nike Tempo Women's Running Shorts",
    ),
    # Flat product shot on white, front view: black backpack with a front zip pocket, padded shoulder straps and a
    # white swoosh. No catalog columns. Base caption and open answers.
    case(
        "SP-29031",
        caption("a black backpack with a white nike logo on the front"),
        garment_type("jacket", "contradiction"),
        color("black"),
        describe("backpack", "a black backpack with a front zip pocket and padded shoulder straps"),
        details("backpack", "the backpack has a laptop compartment and a usb charging port", "unsupported"),
        gender=None,
    ),
    # On-model studio shot on white: man in a black-and-white vertically striped home football shirt (crest on the
    # left chest, sponsor logo across the chest), white shorts. Base caption and answers; the description is the
    # caption adapter's template.
    case(
        "SP-29032",
        caption("a man in a black and white striped soccer jersey"),
        color(
            "black-white-black-white-black-white-black-white-black-white-black-white-black-white-black",
            "loop",
            hit_limit=True,
        ),
        pattern("striped"),
        wearing("a black and white striped shirt and white shorts"),
        details("shirt", "the shirt has a sponsor logo across the chest and the club crest on the left"),
        describe(
            "shirt",
            "The gentleman wears a short-sleeve T-shirt with striped patterns and a three-point "
            "shorts. The T-shirt is with cotton fabric and its neckline",
            "cut",
            hit_limit=True,
        ),
        material("cotton", "unsupported"),
        gender="Men",
        category="Jerseys",
        color="Black/White",
        title="Juventus 24/25 Home Men's adidas Football Shirt",
    ),
    # On-model studio shot on grey: woman in green-and-black camouflage print 7/8 leggings with a wide high waistband
    # and small adidas logo on the left hip, black sports bra. No catalog columns. Base caption and open answers.
    case(
        "SP-29033",
        caption("a woman in camouflage leggings and a black sports bra"),
        color("green"),
        color_of("leggings", "black", "contradiction"),
        wearing("a black sports bra and camo leggings"),
        describe("leggings", "leggings", "non_answer"),
        details(
            "leggings",
            "the leggings have a camo print all over, a wide high waistband, a small adidas logo on the left hip and a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
    ),
    # Lifestyle shot on a forest trail, man running: light smoke grey short-sleeve crew-neck running tee with a small
    # reflective black swoosh, no pockets; black shorts. Caption adapter caption (cut); base open answers.
    case(
        "SP-29034",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The "
            "T-shirt is with cotton fabric and its neckline is round. The shorts are with cotton fabric and pure "
            "color patterns. This gentleman wears",
            "cut",
            hit_limit=True,
        ),
        color("gray"),
        wearing("a grey t-shirt and black shorts"),
        color_of("shirt", "black", kind="open", failure="other_garment_color"),
        describe(
            "shirt", "a grey t-shirt with a black nike logo on the chest and a zip pocket on the sleeve", "unsupported"
        ),
        details("shirt", "crew neck and a reflective logo"),
        gender="Men",
        category="Tops & T-Shirts",
        color="Light Smoke Grey/Black",
        title="Nike Miler Men's Dri-FIT Short-Sleeve Running Top",
    ),
    # On-model studio shot on white: a boy in a red pullover hoodie with a large white trefoil logo and a kangaroo
    # pocket (no zip), black joggers. No catalog columns. Base caption and open answers.
    case(
        "SP-29035",
        caption("a young boy wearing a red hoodie with a white adidas logo"),
        color("red-red-red-red-red-red-red-red-red-red-red-red-red-red-red", "loop", hit_limit=True),
        wearing("a red hoodie and black pants"),
        describe("hoodie", "a red hoodie with a big white adidas logo on the front"),
        details("hoodie", "the hoodie has a zipper and two side pockets", "unsupported"),
        color_of("hoodie", "black", kind="open", failure="other_garment_color"),
        gender="Kids",
    ),
    # On-model studio shot on grey: woman in a white track top with a black collar, three black stripes down the
    # sleeves and a black trefoil, blue jeans. Caption adapter caption that stopped (complete, correct, no hue).
    case(
        "SP-29036",
        caption(
            "The lady wears a long-sleeve jacket with striped patterns and a long denim pants. The jacket has a "
            "stand-up collar. The pants are with denim fabric and pure color patterns."
        ),
        color("blue", "contradiction"),
        is_a(
            "jacket",
            "yes Question: Is this a jacket? Answer: yes Question: Is this a jacket? Answer: yes Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        wearing("a white adidas jacket and blue jeans"),
        describe("jacket", "a white track jacket with black stripes down the sleeves"),
        material("the garment is made of the material of the jacket", "restated"),
        gender="Women",
        category="Jackets & Gilets",
        color="Cloud White/Black",
        title="adidas Adicolor Classics Firebird Women's Track Top",
    ),
    # Lifestyle shot on a beach: man in black swim shorts with a multicolor palm-leaf print and a white drawcord,
    # bare chest. No catalog columns. Base caption and answers (the material answer leaks); the description is the
    # caption adapter's.
    case(
        "SP-29037",
        caption("a man standing on the beach in black shorts with a palm tree print"),
        color("black"),
        wearing("a pair of swim trunks"),
        describe(
            "shorts",
            "The gentleman wears a three-point shorts with floral patterns. The shorts are with "
            "cotton fabric and floral patterns. The gentleman wears a three-point",
            "loop",
            hit_limit=True,
        ),
        material(
            "polyester Question: What is the color of the shorts? Answer: black Question: What is the pattern of",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
    ),
    # Flat product shot on white: black track pants with three white stripes down the sides and zip pockets.
    # No catalog columns. Caption adapter caption (starts over); base open answers.
    case(
        "SP-29038",
        caption(
            "The trousers are of long length. The trousers are with cotton fabric and pure color patterns. The "
            "trousers are of long length. The trousers are with cotton fabric and pure color patterns. The trousers "
            "are of long",
            "loop",
            hit_limit=True,
        ),
        color("black"),
        pattern(
            "striped Question: What is the pattern of the pants? Answer: striped Question: What is the pattern "
            "of the pants? Answer:",
            "leak",
            hit_limit=True,
        ),
        describe("pants", "black track pants with white stripes down the sides and zip pockets"),
        material("polyester"),
        gender=None,
    ),
    # On-model studio shot on grey, man mid-jump: black fleece pullover hoodie with a white jumpman logo on the chest,
    # black shorts. No catalog columns. Base caption and open answers.
    case(
        "SP-29039",
        caption("a man jumping in the air wearing a black hoodie"),
        garment_type(
            "sweatshirt-sweatshirt-sweatshirt-sweatshirt-sweatshirt-sweatshirt-sweatshirt-sweatshirt-sweatshirt",
            "loop",
            hit_limit=True,
        ),
        color("black"),
        wearing("she is wearing a black hoodie and black shorts", "pronoun", who="the man"),
        describe("hoodie", "a black hoodie with a white jumpman logo on the chest"),
        material(
            "fleece, which is a soft, warm fabric made from polyester that is brushed to create a fluffy texture "
            "that traps heat and keeps",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
    ),
    # On-model studio shot on white: a girl in pink leggings with a small white swoosh at the hip, white tee with a
    # small graphic. Caption adapter caption (starts over); base open answers.
    case(
        "SP-29040",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long leggings. The T-shirt is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. "
            "The lady wears a short-sleeve T-shirt with graphic",
            "loop",
            hit_limit=True,
        ),
        garment_type("tee", "contradiction"),
        color("white", "contradiction"),
        color_of("leggings", "pink"),
        wearing("a white t-shirt and pink leggings"),
        describe("leggings", "white leggings with a pink logo", "other_garment_color"),
        details("leggings", "the leggings details are the details of the leggings", "restated"),
        gender="Kids",
        category="Leggings & Tights",
        color="Pink Foam/White",
        title="Nike Pro Older Kids' (Girls') Dri-FIT Leggings",
    ),
    # Flat product shot on grey: dark navy (obsidian) crew-neck tee with a large white JUST DO IT graphic on the
    # front. No catalog columns. Caption adapter caption (starts over); base open answers.
    case(
        "SP-29041",
        caption(
            "The T-shirt has short sleeves, cotton fabric and graphic patterns. It has a crew neckline. The T-shirt "
            "has short sleeves, cotton fabric and graphic patterns. It has a crew neckline. The T-shirt has",
            "loop",
            hit_limit=True,
        ),
        garment_type("graphic tee"),
        color("navy"),
        describe("t-shirt", "a navy blue t-shirt with a white graphic that says just do it"),
        details(
            "t-shirt",
            "the t-shirt has a graphic on the front and a graphic on the back and a graphic on the "
            "sleeve and a graphic on the",
            "loop",
            hit_limit=True,
        ),
        gender=None,
    ),
    # Lifestyle shot on a road at dawn, woman running: volt (neon yellow) hooded running jacket, black tights; no
    # chest pocket. Base caption and open answers.
    case(
        "SP-29042",
        caption("a woman running down a road in a neon yellow jacket"),
        color("yellow"),
        color_of("jacket", "black", "contradiction"),
        wearing("a yellow jacket and black leggings"),
        describe("jacket", "he is wearing a bright yellow running jacket with a hood", "pronoun"),
        details("jacket", "the jacket has a chest pocket with a headphone port", "unsupported"),
        gender="Women",
        category="Jackets & Gilets",
        color="Volt/Black",
        title="Nike Impossibly Light Women's Running Jacket",
    ),
    # Lifestyle shot on a football pitch: man in a royal blue home football shirt (crest on the chest, white sponsor
    # wordmark), white shorts. Caption adapter caption (cut); base open answers.
    case(
        "SP-29043",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        garment_type(
            "tee Question: What type of garment is this? Answer: tee Question: What type of garment is "
            "this? Answer: tee",
            "leak",
            hit_limit=True,
        ),
        color("white", "contradiction"),
        wearing("a blue chelsea jersey and white shorts on a soccer field"),
        describe("jersey", "a royal blue football shirt with the chelsea crest on the chest"),
        details("jersey", "a white jersey with a blue collar", "other_garment_color"),
        color_of("jersey", "blue", kind="open"),
        gender="Men",
        category="Jerseys",
        color="Team Royal Blue/White",
        title="Chelsea FC 2024/25 Stadium Home Men's Nike Dri-FIT Football Shirt",
    ),
    # Ghost-mannequin shot on white: white long-sleeve compression base layer with a small black swoosh on the
    # chest. No catalog columns. Base caption and answers; material from the caption adapter.
    case(
        "SP-29044",
        caption("a white long sleeve shirt on a white background"),
        color("white"),
        sleeve("short-sleeve", "contradiction"),
        describe("shirt", "a white long sleeve compression shirt with a black swoosh on the chest"),
        details("shirt", "no", "non_answer"),
        material(
            "The T-shirt is with cotton fabric and pure color patterns. It has long sleeves and a crew "
            "neckline. The T-shirt is with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        gender=None,
    ),
]
