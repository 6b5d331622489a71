"""BLIND_16 (44 products; a department store's autumn/winter catalog for women, men and kids: knitwear, coats,
puffers, corduroy, flannel, tartan and houndstooth, layered outfits, accessories; the caption adapter's captions,
the VQA adapter's closed answers through the reference engine, the base model's open answers; a third of the
products without catalog columns): written blind in the eleventh session and measured blind at 1b7affb, the
session's audits before its review's fixes: 102/142 and 13/133. Nothing changed for it. The writer's notes,
verbatim:

Blind corpus 16: a department store's autumn/winter catalog (women, men, kids), one nightly enrichment run.

Scenario
--------
A mid-market department store enriches its autumn/winter range: knitwear (cable cardigans, sweater vests, roll necks,
Fair Isle jumpers), wool, tweed and houndstooth coats, puffers and a gilet, corduroy and wool trousers, denim, flannel
and tartan shirts, pinafore and knit dresses, tights and leggings, and a few accessories (beanie, scarf, boots, tote).
Photos are mixed: on-model shots, many of them layered outfits (a coat over a jumper over a shirt), ghost-mannequin
shots, and flat-lays for accessories (gender None). About two thirds of the products carry the store's own catalog
columns (category such as 'Knitwear', 'Coats & Jackets'; colors such as 'Oatmeal', 'Camel', 'Charcoal Marl',
'Bottle Green', 'Navy Mix'; a title); the rest have {}.

Which system produced which text
--------------------------------
* caption: the experiments' caption adapter (DeepFashion-MultiModal template captions, 50 new tokens max). It was
  trained without an end-of-answer token, so many captions run on to the limit: either cut mid-sentence or looping
  back into the template. Its vocabulary has no hue names ("pure color", "lattice", "graphic", "striped" patterns;
  "cotton", "knitting", "denim", "furry", "leather" fabrics) and it tends to call every woman or girl "the lady", and
  it puts the person template on ghost-mannequin and flat-lay photos. I assumed that this checkpoint still gives a
  short base-style sentence now and then ("a woman in a white turtleneck ... in front of a grey wall"); those are the
  captions that name hues or backgrounds.
* closed questions (garment_type, color, pattern, sleeve_length, is_<garment>, and the experiments' color_<garment>
  question): the VQA LoRA adapter trained on In-shop class names, answered through the reference engine. A generated
  answer that maps onto a candidate is stored as the candidate ("jacket/coat", "grey", "plaid", "long sleeve");
  when it does not map, the raw generation is kept. Raw text is where the adapter's loops ("green-green-green...")
  and prompt leaks ("coat Question: What type of ...") show up, but a raw answer can also be right ("hat", "scarf",
  "navy-cream", "fair isle").
* open questions (wearing, description, details, material, and an open color question stored as color_open): the
  untuned base BLIP-2 OPT-2.7b, 30 new tokens max. Mostly short and sensible; its failures are one color for several
  garments, wrong pronouns, invented details, answers that only give the question back, an occasional loop or a long
  answer cut at the limit, and a few answers that echo the Question/Answer format.

How it was written
------------------
Blind. I read only ../shared/CONTEXT.md and the first 95 lines of tests/audit_corpus.py (helpers, Text/Case layout,
TARGETS keys). I did not read any audit, enrich code, other corpus or docs, ran nothing, and did not tune any text
to any rule. Each Case has a comment with what the photo shows; labels are judged against that photo and the catalog.

Label conventions and judgement calls
-------------------------------------
* One label per text, the fault a reviewer would fix first. hit_limit=True only on texts that ran to their token
  limit (30 for answers, 50 for captions): cuts, loops and long leaks. Never on a correct text.
* cut: ran to the limit and stops mid-phrase. loop: repeats a phrase or word until the limit (a loop that also
  invents something is still labelled loop). leak: the Question/Answer format echoed in the answer.
* contradiction: a closed answer or caption naming the wrong garment class, or another visible garment's color,
  pattern or sleeves (the adapter answering about the shirt under a vest, the scarf over a coat); a caption that puts
  the person/clothing template on an accessory flat-lay; an open answer whose garment attribute conflicts with
  another text (long sleeves on a sleeveless vest). Also used when an open answer gives a second garment the first
  garment's color (the "one color for everything" failure) but the product itself keeps its right color.
* other_garment_color: an open answer that gives the product the color of another garment in the photo.
* unsupported: an invented detail (hood, fur trim, gold buttons, belt, pom-pom, side stripe, pockets not visible,
  a ring or wrist accessory on a ghost mannequin) or an unverifiable specific fiber ("100% cashmere", silk lining).
* non_answer: nothing beyond the question's own words ("they are tights", "a beanie", "it is a cardigan").
  restated: a sentence that turns the question around into a tautology ("the jacket details are the details of the
  jacket").
* pronoun: he/she or man/lady contrary to the catalog gender. "The lady" for a girl and "the gentleman" for a boy
  are the right gender and counted correct; template persons on ghost-mannequin shots are counted correct unless
  they invent something.
* Correct: near hues and store-name synonyms (oatmeal -> beige/cream, camel -> tan/brown, charcoal marl -> grey,
  burgundy -> red/maroon, bottle green/khaki -> green, rust -> orange/brown, navy -> blue); one of the two colors of a
  two-color check or stripe; the nearest closed class when the set has no exact one (leggings for tights,
  jacket/coat for an overshirt, vest for a gilet or sweater vest, denim for jeans); "leather" for faux leather;
  "wool" for a knit or tweed; "solid"/"pure color" for a one-color cable knit or herringbone seen at catalog size;
  other garments' colors and background colors in a wearing answer or caption when they are right; a caption that
  describes only the visible over- or under-layer without saying anything false.
* Hard calls: "black" for a clearly mid-navy cord (labelled contradiction, the photo is not near-black);
  "sweater" for a jumper dress (contradiction against 'Dresses'); "it has a turtle neck" for a roll neck's details
  (non_answer, it only renames the product).
"""

from __future__ import annotations

from tests.audit_corpus import Case, Text, ask, caption, color_of, describe, details, wearing


def _closed(qid: str, question: str, text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    return Text(qid, ask(question), "closed", text, failure, hit_limit)


def _open(qid: str, question: str, text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    return Text(qid, ask(question), "open", text, failure, hit_limit)


def kind_of(text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    return _closed("garment_type", "What type of garment is this?", text, failure, hit_limit)


def hue(garment: str, text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    return _closed("color", f"What is the color of the {garment}?", text, failure, hit_limit)


def hue_open(garment: str, text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    return _open("color_open", f"What is the color of the {garment}?", text, failure, hit_limit)


def pattern_of(garment: str, text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    return _closed("pattern", f"What is the pattern of the {garment}?", text, failure, hit_limit)


def sleeves(garment: str, text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    return _closed("sleeve_length", f"What is the sleeve length of the {garment}?", text, failure, hit_limit)


def fabric(garment: str, text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    return _open("material", f"What is the {garment} made of?", text, failure, hit_limit)


def is_a(garment: str, text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    return _closed(f"is_{garment.replace(' ', '_')}", f"Is this a {garment}?", text, failure, hit_limit)


BLIND_16: list[Case] = [
    # On-model: oatmeal chunky cable-knit cardigan with wooden buttons, worn open over a white tee, dark blue jeans.
    # No belt, no pockets. Caption adapter (cut at 50); closed by VQA adapter (mapped); open by base.
    Case(
        "W-KN-101",
        (
            caption(
                "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric "
                "and it has a v-shape neckline. The lady wears a long pants. The pants are with denim fabric and pure "
                "color patterns. There is an",
                "cut",
                hit_limit=True,
            ),
            kind_of("cardigan"),
            hue("cardigan", "beige"),
            pattern_of("cardigan", "striped", "contradiction"),
            color_of("jeans", "beige", "contradiction"),
            wearing("a beige cardigan, a white shirt and blue jeans", who="she"),
            details(
                "cardigan",
                "the cardigan has buttons on the front and two patch pockets and a belt at the waist",
                "unsupported",
            ),
        ),
        gender="Women",
        extra={"category": "Knitwear", "color": "Oatmeal", "title": "Chunky Cable Cardigan"},
    ),
    # On-model: camel single-breasted overcoat over a charcoal crew-neck jumper (white shirt collar showing), black
    # trousers. Caption cut at 50; the VQA adapter's color is the jumper's; the base description too.
    Case(
        "M-CT-201",
        (
            caption(
                "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric and "
                "its neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and "
                "pure color patterns. There is an accessory on his",
                "cut",
                hit_limit=True,
            ),
            kind_of("jacket/coat"),
            hue("coat", "grey", "contradiction"),
            wearing("a tan coat, a grey sweater and black pants", who="he"),
            describe("coat", "it is a grey coat with a collar", "other_garment_color"),
            fabric("coat", "wool"),
        ),
        gender="Men",
        extra={"category": "Coats & Jackets", "color": "Camel", "title": "Wool Blend Overcoat"},
    ),
    # On-model: bottle green ribbed knit midi dress, high neck, long sleeves, black knee boots. Front view only.
    # Caption complete; closed color raw loop (unmapped); base invents a back zip and pockets, and greens the boots.
    Case(
        "W-DR-301",
        (
            caption(
                "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric and "
                "it has a stand neckline. The dress is of long length. This lady wears a pair of boots."
            ),
            kind_of("dress"),
            hue(
                "dress",
                "green-green-green-green-green-green-green-green-green-green-green-green-green-green-green",
                "loop",
                hit_limit=True,
            ),
            hue_open("dress", "dark green"),
            wearing("she is wearing a green dress and green boots", "contradiction", who="she"),
            details("dress", "it has a zipper on the back and two pockets on the side", "unsupported"),
        ),
        gender="Women",
        extra={},
    ),
    # Ghost mannequin: navy crew-neck jumper with a Fair Isle yoke in cream, red and mustard; plain cuffs and hem.
    # Caption loops; color kept raw ("navy-cream", right); is_cardigan mapped "yes" (it is a pullover); base
    # details loop and invent patterned cuffs.
    Case(
        "M-KN-102",
        (
            caption(
                "The upper clothing has long sleeves, knitting fabric and graphic patterns. It has a crew neckline. "
                "The upper clothing has long sleeves, knitting fabric and graphic patterns. It has a crew neckline. "
                "The upper clothing has long",
                "loop",
                hit_limit=True,
            ),
            kind_of("sweater"),
            hue("jumper", "navy-cream"),
            is_a("cardigan", "yes", "contradiction"),
            describe("jumper", "a blue sweater with a red and white pattern around the neck"),
            details(
                "jumper",
                "a pattern on the yoke, a pattern on the cuffs, a pattern on the hem, a pattern on the yoke, a "
                "pattern on the cuffs, a pattern on the",
                "loop",
                hit_limit=True,
            ),
        ),
        gender="Men",
        extra={"category": "Knitwear", "color": "Navy Mix", "title": "Fair Isle Yoke Jumper"},
    ),
    # On-model girl: red tartan pinafore dress (sleeveless, bib with two buttons, front pocket) over a cream ribbed
    # long-sleeve top, navy tights, black shoes. Caption cut; VQA gives the top's sleeves and reds the tights.
    Case(
        "G-DR-401",
        (
            caption(
                "The lady wears a sleeveless dress with lattice patterns. The dress is with cotton fabric and it has "
                "a square neckline. The dress is of medium length. The lady wears a long-sleeve shirt under the "
                "dress. The shirt is with knitting fabric and",
                "cut",
                hit_limit=True,
            ),
            kind_of("dress"),
            hue("pinafore", "red"),
            pattern_of("pinafore", "plaid"),
            sleeves("pinafore", "long sleeve", "contradiction"),
            color_of("tights", "red", "contradiction"),
            wearing("a red plaid dress, a white shirt and blue tights", who="the girl"),
            details(
                "pinafore",
                "the straps, the buttons, the pocket, the straps, the buttons, the pocket, the straps, the buttons, "
                "the pocket, the",
                "loop",
                hit_limit=True,
            ),
        ),
        gender="Girls",
        extra={"category": "Dresses", "color": "Red Tartan", "title": "Girls Tartan Pinafore"},
    ),
    # On-model boy: mustard hooded puffer jacket, zipped, black joggers, grey trainers. Caption calls him "the lady";
    # garment type kept raw (loop); base description loops.
    Case(
        "B-CT-501",
        (
            caption(
                "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric and it "
                "has a hooded neckline. The lady wears a long pants.",
                "pronoun",
            ),
            kind_of(
                "jacket/coat/coat/coat/coat/coat/coat/coat/coat/coat/coat/coat/coat/coat/coat",
                "loop",
                hit_limit=True,
            ),
            hue("jacket", "yellow"),
            wearing("a yellow jacket and black pants", who="the boy"),
            describe(
                "jacket",
                "the jacket is yellow and it is a jacket with a hood and a zipper and it is a jacket with a hood "
                "and a zipper and it",
                "loop",
                hit_limit=True,
            ),
            fabric("jacket", "nylon"),
        ),
        gender="Boys",
        extra={},
    ),
    # On-model: chocolate brown wide-leg corduroy trousers, cream roll neck tucked in, tan belt, brown loafers.
    # Caption cut; VQA garment type raw loop and color of the roll neck; base color right, details empty.
    Case(
        "W-TR-601",
        (
            caption(
                "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is "
                "with knitting fabric and it has a turtleneck. The pants are with cotton fabric and pure color "
                "patterns. There is an accessory on her waist. This lady wears a",
                "cut",
                hit_limit=True,
            ),
            kind_of(
                "corduroy pants corduroy pants corduroy pants corduroy pants corduroy pants corduroy pants corduroy",
                "loop",
                hit_limit=True,
            ),
            hue("trousers", "white", "contradiction"),
            hue_open("trousers", "brown"),
            fabric("trousers", "corduroy"),
            details("trousers", "they are trousers", "non_answer"),
        ),
        gender="Women",
        extra={"category": "Trousers", "color": "Chocolate", "title": "Wide Leg Cord Trousers"},
    ),
    # On-model: red-and-black buffalo check flannel shirt, unbuttoned over a grey tee, mid-wash jeans. No catalog.
    # Caption cut as it starts over; the experiments' jeans color question gets the shirt's red; base details loop.
    Case(
        "M-SH-701",
        (
            caption(
                "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and "
                "it has a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure "
                "color patterns. The gentleman wears a long-sleeve",
                "cut",
                hit_limit=True,
            ),
            kind_of("blouse/shirt"),
            hue("shirt", "red"),
            color_of("jeans", "red", "contradiction"),
            wearing("a red and black plaid shirt, a grey t-shirt and jeans", who="he"),
            details(
                "shirt",
                "button down collar, chest pockets, chest pockets, chest pockets, chest pockets, chest pockets, "
                "chest pockets, chest",
                "loop",
                hit_limit=True,
            ),
        ),
        gender="Men",
        extra={},
    ),
    # Ghost mannequin: black-and-white houndstooth double-breasted coat, notch lapels, black buttons, no hood, no
    # belt. Color "black" accepted for a mono check. VQA pattern wrong; base invents a hood and a lining.
    Case(
        "W-CT-202",
        (
            caption(
                "The upper clothing has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline."
            ),
            hue("coat", "black"),
            pattern_of("coat", "striped", "contradiction"),
            describe("coat", "a black and white houndstooth coat with a hood", "unsupported"),
            details("coat", "double breasted, notch lapels, black buttons"),
            fabric("coat", "wool and cashmere with a satin lining", "unsupported"),
        ),
        gender="Women",
        extra={"category": "Coats & Jackets", "color": "Mono Check", "title": "Houndstooth Double Breasted Coat"},
    ),
    # On-model: charcoal marl slim wool-blend trousers, navy crew-neck jumper over a white shirt, black brogues.
    # Caption cut; VQA color of the jumper, and the jumper's color question gets the trousers' grey; base details
    # echo the Question/Answer format.
    Case(
        "M-TR-602",
        (
            caption(
                "The gentleman wears a long-sleeve sweater with pure color patterns and a long trousers. The "
                "sweater is with knitting fabric and it has a round neckline. The trousers are with cotton fabric "
                "and pure color patterns. The gentleman wears a pair of",
                "cut",
                hit_limit=True,
            ),
            kind_of("pants"),
            hue("trousers", "navy", "contradiction"),
            color_of("sweater", "grey", "contradiction"),
            wearing("a blue sweater, a white shirt and grey pants", who="he"),
            describe("trousers", "the trousers are grey"),
            details(
                "trousers",
                "Question: What are the trousers details? Answer: The trousers are grey. Question: What are the "
                "trousers",
                "leak",
                hit_limit=True,
            ),
        ),
        gender="Men",
        extra={"category": "Trousers", "color": "Charcoal Marl", "title": "Slim Wool Blend Trousers"},
    ),
    # Flat-lay: burgundy ribbed beanie with a turn-up cuff, no pom-pom. Caption loops on the person template; raw
    # "hat" is right; red and maroon both acceptable for burgundy; base invents a pom-pom.
    Case(
        "X-AC-801",
        (
            caption(
                "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
                "It has a round neckline. The lady wears a long-sleeve sweater with pure color patterns. The "
                "sweater is with knitting fabric. It has",
                "loop",
                hit_limit=True,
            ),
            kind_of("hat"),
            hue("beanie", "red"),
            hue_open("beanie", "maroon"),
            describe("beanie", "a beanie", "non_answer"),
            fabric("beanie", "it is made of knit wool and it has a pom pom on top", "unsupported"),
        ),
        gender=None,
        extra={"category": "Accessories", "color": "Burgundy", "title": "Ribbed Turn-Up Beanie"},
    ),
    # On-model: ecru ribbed roll-neck jumper tucked into a black faux-leather midi skirt, gold hoops, grey studio wall.
    # Base-style caption (right, names the wall); VQA color of the skirt; base description too; cashmere and a back
    # zip invented.
    Case(
        "W-KN-103",
        (
            caption("a woman in a white turtleneck sweater and a black skirt standing in front of a grey wall"),
            kind_of("sweater"),
            hue("jumper", "black", "contradiction"),
            wearing("a white sweater and a black leather skirt", who="she"),
            describe("jumper", "the sweater is black and has a turtleneck", "other_garment_color"),
            fabric("jumper", "100% cashmere", "unsupported"),
            details("jumper", "ribbed knit, a turtleneck and a zip at the back", "unsupported"),
        ),
        gender="Women",
        extra={"category": "Knitwear", "color": "Ecru", "title": "Ribbed Roll Neck Jumper"},
    ),
    # On-model: black matte hooded puffer jacket, zipped, grey hoodie under it, khaki cargo trousers. No fur trim.
    # No catalog. VQA picks the hoodie as garment and blackens the hoodie; base invents fur trim, restates details.
    Case(
        "M-CT-203",
        (
            caption(
                "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric "
                "and it has a hooded neckline. The pants are of long length."
            ),
            kind_of("sweatshirt/hoodie", "contradiction"),
            hue("jacket", "black"),
            color_of("hoodie", "black", "contradiction"),
            wearing("a black puffer jacket, a grey hoodie and green pants", who="he"),
            describe("jacket", "a black puffer jacket with a hood and a fur trim", "unsupported"),
            details("jacket", "the jacket details are the details of the jacket", "restated"),
        ),
        gender="Men",
        extra={},
    ),
    # On-model girl: pink cardigan with a cream Fair Isle band and pearl-look buttons, white tee, mid-blue jeggings.
    # Caption cut; is_cardigan raw leak; base says "he".
    Case(
        "G-KN-104",
        (
            caption(
                "The lady wears a long-sleeve cardigan with graphic patterns. The cardigan is with knitting fabric "
                "and it has a v-shape neckline. The lady wears a long pants. The pants are with denim fabric and "
                "pure color patterns. There",
                "cut",
                hit_limit=True,
            ),
            kind_of("cardigan"),
            hue("cardigan", "pink"),
            is_a(
                "cardigan",
                "yes Question: Is this a sweater? Answer: no Question: Is this a dress? Answer: no Question: Is this",
                "leak",
                hit_limit=True,
            ),
            wearing("he is wearing a pink sweater and blue jeans", "pronoun", who="the girl"),
            details("cardigan", "snowflake pattern, pearl buttons, ribbed cuffs"),
        ),
        gender="Girls",
        extra={},
    ),
    # On-model, waist-down crop: black 80-denier opaque tights, grey tweed mini skirt, black ankle boots. Caption runs
    # on into an invented jumper and is cut; "leggings" is the nearest closed class; base open color is the skirt's.
    Case(
        "W-TS-901",
        (
            caption(
                "The lower clothing is of short length. The fabric is cotton and it has lattice patterns. This lady "
                "wears a pair of boots. The lady wears a long-sleeve sweater with pure color patterns. The sweater "
                "is with knitting fabric and it",
                "cut",
                hit_limit=True,
            ),
            kind_of("leggings"),
            hue("tights", "black"),
            hue_open("tights", "grey", "other_garment_color"),
            wearing("a grey skirt, black tights and black boots", who="she"),
            details("tights", "They are tights.", "non_answer"),
        ),
        gender="Women",
        extra={"category": "Tights & Socks", "color": "Black", "title": "80 Denier Opaque Tights"},
    ),
    # Ghost mannequin: bottle green cable-knit V-neck sweater vest (sleeveless). Caption loops and invents lower
    # clothing; VQA pattern raw loop, is_vest raw leak; base gives it long sleeves.
    Case(
        "M-KN-105",
        (
            caption(
                "The upper clothing has no sleeves, knitting fabric and pure color patterns. It has a v-shape "
                "neckline. The lower clothing is of long length. The fabric is cotton and it has pure color "
                "patterns. The upper clothing has no sleeves, knitting",
                "loop",
                hit_limit=True,
            ),
            kind_of("vest"),
            sleeves("vest", "sleeveless"),
            pattern_of(
                "vest",
                "striped striped striped striped striped striped striped striped striped striped striped striped "
                "striped striped striped",
                "loop",
                hit_limit=True,
            ),
            is_a(
                "vest",
                "Question: Is this a vest? Answer: yes Question: Is this a vest? Answer: yes Question: Is this a",
                "leak",
                hit_limit=True,
            ),
            describe("vest", "a green sweater vest with a cable knit pattern and long sleeves", "contradiction"),
            fabric("vest", "wool"),
        ),
        gender="Men",
        extra={"category": "Knitwear", "color": "Bottle Green", "title": "Cable Knit Sleeveless Vest"},
    ),
    # On-model: dark indigo high-rise straight jeans (button fly), camel coat worn open, grey marl jumper, white
    # trainers. Caption loops on the coat; VQA answers about the coat; base invents knee boots.
    Case(
        "W-JN-1001",
        (
            caption(
                "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric and its "
                "neckline is lapel. The pants are with denim fabric and pure color patterns. The pants are with "
                "denim fabric and pure color patterns. The pants",
                "loop",
                hit_limit=True,
            ),
            kind_of("jacket/coat", "contradiction"),
            hue("jeans", "brown", "contradiction"),
            wearing("a brown coat, a grey sweater and blue jeans", who="she"),
            details("jeans", "high waist, straight leg, button fly"),
            describe(
                "jeans",
                "the jeans are dark blue denim with a high rise and a straight leg, they are tucked into black knee "
                "high boots",
                "unsupported",
            ),
        ),
        gender="Women",
        extra={"category": "Jeans", "color": "Dark Indigo", "title": "High Rise Straight Jeans"},
    ),
    # On-model boy: navy corduroy trousers (clear mid navy), elasticated waist, green-and-navy check flannel shirt.
    # Caption says "the lady"; base open color says black (hard call: contradiction); base wearing greens the trousers.
    Case(
        "B-TR-603",
        (
            caption(
                "The lady wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
                "fabric and it has a lapel neckline. The pants are with cotton fabric and pure color patterns.",
                "pronoun",
            ),
            kind_of("pants"),
            hue("trousers", "blue"),
            hue_open("trousers", "black", "contradiction"),
            wearing("a green plaid shirt and green pants", "other_garment_color", who="the boy"),
            details("trousers", "elastic waist"),
        ),
        gender="Boys",
        extra={"category": "Trousers", "color": "Navy", "title": "Boys Cord Trousers"},
    ),
    # On-model: burgundy V-neck knitted tank (sweater vest) over a white long-sleeve poplin shirt, grey trousers.
    # Caption describes only the shirt, truthfully (correct); VQA answers class and sleeves of the shirt; base
    # description says nothing.
    Case(
        "W-KN-106",
        (
            caption(
                "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
                "has a lapel neckline. The lady wears a long trousers."
            ),
            kind_of("blouse/shirt", "contradiction"),
            hue("vest", "red"),
            sleeves("vest", "long sleeve", "contradiction"),
            wearing("a maroon vest over a white shirt and grey pants", who="she"),
            describe("vest", "a vest", "non_answer"),
        ),
        gender="Women",
        extra={"category": "Knitwear", "color": "Burgundy", "title": "V-Neck Knitted Tank"},
    ),
    # Ghost mannequin: olive-and-navy check brushed-cotton overshirt, two flap chest pockets, snaps, no hood. No
    # catalog. "jacket/coat" accepted for an overshirt. Caption loops; base invents a hood, echoes the prompt.
    Case(
        "M-SH-702",
        (
            caption(
                "The upper clothing has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. "
                "The upper clothing has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. "
                "The upper clothing has long sleeves",
                "loop",
                hit_limit=True,
            ),
            kind_of("jacket/coat"),
            hue("shirt", "green"),
            pattern_of("shirt", "plaid"),
            describe("shirt", "a green and blue plaid shirt with a hood", "unsupported"),
            fabric("shirt", "Question: What is the shirt made of? Answer: cotton", "leak"),
        ),
        gender="Men",
        extra={},
    ),
    # On-model: charcoal marl roll-neck jumper dress, burgundy tights, black ankle boots, black crossbody bag.
    # Base-style caption right (red for burgundy tights); VQA says sweater and "no" to dress; base details loop,
    # material restated.
    Case(
        "W-DR-302",
        (
            caption("a woman wearing a grey sweater dress with red tights and black boots"),
            kind_of("sweater", "contradiction"),
            hue("dress", "grey"),
            is_a("dress", "no", "contradiction"),
            wearing("a grey dress, red tights, black boots and a black bag", who="she"),
            details(
                "dress",
                "The dress has a roll neck, long sleeves and a ribbed hem. The dress has a roll neck, long sleeves "
                "and a ribbed hem. The dress has",
                "loop",
                hit_limit=True,
            ),
            fabric("dress", "the dress is made of the dress material", "restated"),
        ),
        gender="Women",
        extra={"category": "Dresses", "color": "Charcoal Marl", "title": "Roll Neck Jumper Dress"},
    ),
    # Flat-lay: camel-and-cream check blanket scarf with fringed ends. Caption puts a shirt on a lady; raw "scarf"
    # right; VQA color raw loop in vendor style; base description loops.
    Case(
        "X-AC-802",
        (
            caption(
                "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it "
                "has a lapel neckline.",
                "contradiction",
            ),
            kind_of("scarf"),
            hue(
                "scarf",
                "camel-cream-camel-cream-camel-cream-camel-cream-camel-cream-camel-cream-camel-cream",
                "loop",
                hit_limit=True,
            ),
            pattern_of("scarf", "plaid"),
            details("scarf", "fringe on the ends"),
            describe(
                "scarf",
                "a brown and white plaid scarf with fringe, it is a scarf with fringe, it is a scarf with fringe, "
                "it is a scarf with fringe",
                "loop",
                hit_limit=True,
            ),
        ),
        gender=None,
        extra={"category": "Accessories", "color": "Camel Check", "title": "Check Blanket Scarf"},
    ),
    # On-model: charcoal merino roll neck under an open navy peacoat, stone chinos. Caption cut on the coat; VQA
    # answers class and color of the coat; base wearing and description right; details only rename the product.
    Case(
        "M-KN-107",
        (
            caption(
                "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric and "
                "its neckline is lapel. The gentleman wears a long pants. The pants are with cotton fabric and pure "
                "color patterns. The gentleman",
                "cut",
                hit_limit=True,
            ),
            kind_of("jacket/coat", "contradiction"),
            hue("roll neck", "navy", "contradiction"),
            wearing("a navy coat over a grey turtleneck and beige pants", who="he"),
            describe("roll neck", "a dark grey turtleneck"),
            details("roll neck", "it has a turtle neck", "non_answer"),
        ),
        gender="Men",
        extra={"category": "Knitwear", "color": "Charcoal", "title": "Merino Roll Neck"},
    ),
    # On-model: light grey herringbone tweed car coat, black roll neck, black trousers. No catalog. "solid" accepted
    # at catalog size. VQA color raw loop; base description blackens the coat; details loop.
    Case(
        "W-CT-204",
        (
            caption(
                "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric and its "
                "neckline is lapel."
            ),
            hue(
                "coat",
                "grey-black-grey-black-grey-black-grey-black-grey-black-grey-black-grey-black-grey-black",
                "loop",
                hit_limit=True,
            ),
            pattern_of("coat", "solid"),
            wearing("a grey coat and black pants", who="she"),
            describe("coat", "a black coat with buttons", "other_garment_color"),
            details(
                "coat",
                "the coat has a collar and buttons and pockets and buttons and pockets and buttons and pockets and "
                "buttons and pockets and buttons and",
                "loop",
                hit_limit=True,
            ),
            fabric("coat", "tweed"),
        ),
        gender="Women",
        extra={},
    ),
    # Ghost mannequin: boys' navy crew jumper with a white reindeer-and-snowflake Fair Isle band; navy and white
    # only. Raw "fair isle" is right; base invents a red nose and calls the wearer "she".
    Case(
        "B-KN-108",
        (
            caption(
                "The upper clothing has long sleeves, knitting fabric and graphic patterns. It has a crew neckline."
            ),
            kind_of("sweater"),
            pattern_of("jumper", "fair isle"),
            wearing("a blue and white christmas sweater with reindeer on it"),
            details("jumper", "reindeer, snowflakes and a red nose on the reindeer", "unsupported"),
            describe("jumper", "she is wearing a blue sweater with reindeer", "pronoun"),
        ),
        gender="Boys",
        extra={},
    ),
    # On-model, knee-down crop: tan suede knee-high boots, block heel, side zip, round toe, no buckles; black knit
    # midi skirt above. Caption cut after invented accessories; VQA answers about the skirt; base invents buckles.
    Case(
        "W-BT-1101",
        (
            caption(
                "The lower clothing is of long length. The fabric is knitting and it has pure color patterns. This "
                "lady wears a pair of boots. There is an accessory on her wrist. This lady wears a ring on her "
                "finger. There is",
                "cut",
                hit_limit=True,
            ),
            kind_of("skirt", "contradiction"),
            hue("boots", "black", "contradiction"),
            hue_open("boots", "brown"),
            fabric("boots", "suede"),
            details("boots", "block heel, side zip, buckle straps on the ankle", "unsupported"),
        ),
        gender="Women",
        extra={"category": "Footwear", "color": "Tan", "title": "Suede Knee High Boots"},
    ),
    # On-model: mid-wash slim jeans, rust crew-neck jumper, tan boots. Caption cut; "denim" is the right class; VQA
    # color is the jumper's; base description echoes the Question/Answer format.
    Case(
        "M-JN-1002",
        (
            caption(
                "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is "
                "with knitting fabric and it has a round neckline. The pants are with denim fabric and pure color "
                "patterns. This gentleman wears a pair of",
                "cut",
                hit_limit=True,
            ),
            kind_of("denim"),
            hue("jeans", "orange", "contradiction"),
            wearing("an orange sweater, blue jeans and brown boots", who="he"),
            describe(
                "jeans",
                "Question: Describe the jeans. Answer: blue jeans. Question: Describe the sweater. Answer: orange "
                "sweater. Question: Describe the",
                "leak",
                hit_limit=True,
            ),
            details("jeans", "whiskering on the thighs"),
        ),
        gender="Men",
        extra={"category": "Jeans", "color": "Mid Wash", "title": "Slim Fit Stretch Jeans"},
    ),
    # Ghost mannequin: oatmeal oversized cable-knit crew jumper. No catalog. Caption invents a wrist accessory;
    # "solid" right for a one-color cable knit; sleeve length raw loop.
    Case(
        "W-KN-109",
        (
            caption(
                "The upper clothing has long sleeves, knitting fabric and pure color patterns. It has a round "
                "neckline. There is an accessory on her wrist.",
                "unsupported",
            ),
            kind_of("sweater"),
            hue("jumper", "beige"),
            pattern_of("jumper", "solid"),
            sleeves(
                "jumper",
                "long long long long long long long long long long long long long long long long long long long long "
                "long long long long long long long long long long",
                "loop",
                hit_limit=True,
            ),
            describe("jumper", "a cream colored cable knit sweater"),
        ),
        gender="Women",
        extra={},
    ),
    # On-model girl: charcoal cotton leggings under a long lilac oversized sweatshirt. VQA answers class and color
    # of the sweatshirt; base details empty and material restated.
    Case(
        "G-LG-1201",
        (
            caption(
                "The lady wears a long-sleeve sweatshirt with pure color patterns and a long leggings. The "
                "sweatshirt is with cotton fabric and it has a round neckline. The leggings are with cotton fabric "
                "and pure color patterns."
            ),
            kind_of("sweatshirt/hoodie", "contradiction"),
            hue("leggings", "purple", "contradiction"),
            wearing("a purple sweatshirt and grey leggings", who="the girl"),
            details("leggings", "they are leggings", "non_answer"),
            fabric("leggings", "The leggings are made of leggings fabric.", "restated"),
        ),
        gender="Girls",
        extra={"category": "Leggings", "color": "Charcoal", "title": "Girls Cotton Leggings"},
    ),
    # On-model: navy double-breasted peacoat with black buttons, grey-and-burgundy striped scarf, white shirt, grey
    # trousers. Base-style caption right; VQA pattern is the scarf's; base invents gold buttons, details loop.
    Case(
        "M-CT-205",
        (
            caption("a man wearing a navy coat and a striped scarf"),
            kind_of("jacket/coat"),
            hue("coat", "navy"),
            pattern_of("coat", "striped", "contradiction"),
            wearing("a navy pea coat, a striped scarf, a white shirt and grey pants", who="he"),
            describe("coat", "a navy blue double breasted coat with gold buttons", "unsupported"),
            details(
                "coat",
                "the coat has buttons, buttons, buttons, buttons, buttons, buttons, buttons, buttons, buttons, "
                "buttons, buttons, buttons, buttons",
                "loop",
                hit_limit=True,
            ),
        ),
        gender="Men",
        extra={"category": "Coats & Jackets", "color": "Navy", "title": "Wool Blend Peacoat"},
    ),
    # On-model: green-and-navy Black Watch tartan flannel shirt, buttoned, dark jeans. No catalog. Caption loops;
    # base description says "he", details echo the prompt until the limit.
    Case(
        "W-SH-703",
        (
            caption(
                "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it "
                "has a lapel neckline. The pants are with denim fabric and pure color patterns. The lady wears a "
                "long-sleeve shirt with lattice patterns",
                "loop",
                hit_limit=True,
            ),
            kind_of("blouse/shirt"),
            hue("shirt", "green"),
            wearing("a green and blue plaid shirt and jeans", who="she"),
            describe("shirt", "he is wearing a green plaid shirt", "pronoun"),
            details(
                "shirt",
                "Question: What are the shirt details? Answer: The shirt is a plaid shirt. Question: What are the "
                "shirt details? Answer:",
                "leak",
                hit_limit=True,
            ),
        ),
        gender="Women",
        extra={},
    ),
    # Flat-lay: black faux-leather tote, two top handles, gold zip; no shoulder strap, no pouch shown. Caption and
    # VQA class treat it as a sleeveless top; "leather" accepted; base invents a strap and a purse.
    Case(
        "X-BG-1301",
        (
            caption(
                "The upper clothing has no sleeves, leather fabric and pure color patterns. It has a suspenders "
                "neckline.",
                "contradiction",
            ),
            kind_of("vest", "contradiction"),
            hue("bag", "black"),
            fabric("bag", "leather"),
            describe("bag", "a black leather tote bag with two handles"),
            details("bag", "gold zip, two handles, a long shoulder strap and a matching purse inside", "unsupported"),
        ),
        gender=None,
        extra={"category": "Bags", "color": "Black", "title": "Faux Leather Tote"},
    ),
    # On-model: khaki (olive) longline hooded puffer coat, black leggings, white trainers, cream beanie. Caption cut;
    # garment type raw loop; base open color is the leggings'; details restated.
    Case(
        "W-CT-206",
        (
            caption(
                "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric and it "
                "has a hooded neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure "
                "color patterns. There is a hat on her",
                "cut",
                hit_limit=True,
            ),
            kind_of(
                "jacket/coat, jacket/coat, jacket/coat, jacket/coat, jacket/coat, jacket/coat, jacket/coat",
                "loop",
                hit_limit=True,
            ),
            hue("coat", "green"),
            hue_open("coat", "black", "other_garment_color"),
            wearing("a green puffer coat, black leggings, white sneakers and a white hat", who="she"),
            details("coat", "The coat details are what the coat has on it.", "restated"),
        ),
        gender="Women",
        extra={"category": "Coats & Jackets", "color": "Khaki", "title": "Longline Hooded Puffer Coat"},
    ),
    # Ghost mannequin: grey Prince of Wales check wool-blend trousers with a faint blue overcheck, belt loops, slant
    # pockets, pressed crease; no side stripe. Garment type raw leak; base invents a tuxedo stripe.
    Case(
        "M-TR-604",
        (
            caption("The lower clothing is of long length. The fabric is cotton and it has lattice patterns."),
            kind_of(
                "pants Question: What is the color of the pants? Answer: grey Question: What is the pattern of the "
                "pants? Answer:",
                "leak",
                hit_limit=True,
            ),
            hue("trousers", "grey"),
            pattern_of("trousers", "plaid"),
            describe("trousers", "grey plaid dress pants with a blue stripe down the side of each leg", "unsupported"),
            details("trousers", "belt loops, slant pockets and a pressed crease"),
        ),
        gender="Men",
        extra={"category": "Trousers", "color": "Grey Check", "title": "Check Wool Blend Trousers"},
    ),
    # On-model girl: burgundy cable-knit dress, crew neck, no collar, cream tights, black boots, burgundy hair bow.
    # Caption cut (its head accessory is the bow, true); color raw loop; base invents a white collar.
    Case(
        "G-DR-303",
        (
            caption(
                "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric and "
                "it has a round neckline. The dress is of short length. This lady wears a pair of boots. There is an "
                "accessory on her head. The",
                "cut",
                hit_limit=True,
            ),
            kind_of("dress"),
            hue(
                "dress",
                "burgundy-burgundy-burgundy-burgundy-burgundy-burgundy-burgundy-burgundy-burgundy-burgundy",
                "loop",
                hit_limit=True,
            ),
            wearing("a red dress, white tights and black boots", who="the girl"),
            describe("dress", "a red sweater dress with a white collar", "unsupported"),
            is_a("dress", "yes"),
        ),
        gender="Girls",
        extra={},
    ),
    # On-model head-and-shoulders: navy ribbed beanie with a turn-up, grey marl scarf, black jacket collar. No
    # catalog. Base-style caption right; raw "beanie" right; VQA color is the scarf's; base description restated.
    Case(
        "M-AC-803",
        (
            caption("a man wearing a blue beanie and a grey scarf"),
            kind_of("beanie"),
            hue("hat", "grey", "contradiction"),
            wearing("a blue beanie, a grey scarf and a black jacket", who="he"),
            describe("beanie", "The beanie is a beanie.", "restated"),
            details("beanie", "it has a fold over cuff"),
        ),
        gender="Men",
        extra={},
    ),
    # On-model: rust fluffy cropped cardigan, buttoned, pale blue mom jeans. Caption cut; is_cardigan raw loop; base
    # "brown sweater" accepted (rust, a cardigan is a sweater); details only rename the product.
    Case(
        "W-KN-110",
        (
            caption(
                "The lady wears a long-sleeve cardigan with pure color patterns and a long pants. The cardigan is "
                "with furry fabric and it has a v-shape neckline. The pants are with denim fabric and pure color "
                "patterns. There is an accessory on her wrist. This",
                "cut",
                hit_limit=True,
            ),
            kind_of("cardigan"),
            hue("cardigan", "orange"),
            is_a(
                "cardigan",
                "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
                "yes yes yes yes yes",
                "loop",
                hit_limit=True,
            ),
            wearing("a brown sweater and blue jeans", who="she"),
            details("cardigan", "it is a cardigan", "non_answer"),
        ),
        gender="Women",
        extra={"category": "Knitwear", "color": "Rust", "title": "Fluffy Cropped Cardigan"},
    ),
    # On-model: navy-and-red tartan brushed flannel shirt, one chest pocket, worn with black jeans; no watch. Caption
    # cut; garment type raw leak; the pants color question gets the shirt's blue; base description cut.
    Case(
        "M-SH-704",
        (
            caption(
                "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and "
                "it has a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure "
                "color patterns. There is an accessory on his",
                "cut",
                hit_limit=True,
            ),
            kind_of(
                "blouse/shirt Question: What is the pattern of the blouse/shirt? Answer: lattice Question: What",
                "leak",
                hit_limit=True,
            ),
            pattern_of("shirt", "plaid"),
            color_of("pants", "blue", "contradiction"),
            wearing("a blue and red plaid shirt and black jeans", who="he"),
            describe(
                "shirt",
                "a blue plaid flannel shirt with a button down collar and a chest pocket on the left side and a "
                "chest pocket on the right side and",
                "cut",
                hit_limit=True,
            ),
        ),
        gender="Men",
        extra={"category": "Shirts", "color": "Navy Tartan", "title": "Brushed Flannel Check Shirt"},
    ),
    # Ghost mannequin: camel wool-blend wide-leg trousers with front pleats, nothing else on the form. No catalog.
    # Caption runs on into an invented top and is cut; base material loops; base wearing invents a shirt.
    Case(
        "W-TR-605",
        (
            caption(
                "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The "
                "upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. "
                "There is an accessory on her wrist. The lower",
                "cut",
                hit_limit=True,
            ),
            kind_of("pants"),
            hue("trousers", "tan"),
            describe("trousers", "beige wide leg trousers with pleats at the front"),
            fabric(
                "trousers",
                "The trousers are made of wool and polyester and elastane and viscose and wool and polyester and "
                "elastane and viscose and wool and",
                "loop",
                hit_limit=True,
            ),
            wearing("a pair of beige pants and a white shirt", "unsupported"),
        ),
        gender="Women",
        extra={},
    ),
    # On-model boy: blue-and-grey check flannel shirt worn open over a navy tee with a white dinosaur print, grey
    # joggers. Caption makes the hidden-sleeved tee the garment; VQA class too, color raw leak; base details "she".
    Case(
        "B-SH-705",
        (
            caption(
                "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric "
                "and it has a round neckline. The gentleman wears a long pants.",
                "contradiction",
            ),
            kind_of("graphic tee", "contradiction"),
            hue(
                "shirt",
                "blue Question: What is the color of the t-shirt? Answer: navy Question: What is the color of the "
                "pants",
                "leak",
                hit_limit=True,
            ),
            pattern_of("shirt", "plaid"),
            wearing(
                "a blue plaid shirt over a dark blue t-shirt with a white dinosaur on it and grey pants", who="the boy"
            ),
            details("shirt", "she has a dinosaur on her t-shirt", "pronoun"),
        ),
        gender="Boys",
        extra={"category": "Shirts", "color": "Blue Check", "title": "Boys Flannel Shirt"},
    ),
    # On-model: navy-and-ecru striped crew-neck jumper, navy wool midi skirt. Caption cut; stripes right; the skirt
    # color question gets the stripes' white; base description loops.
    Case(
        "W-KN-111",
        (
            caption(
                "The lady wears a long-sleeve sweater with striped patterns. The sweater is with knitting fabric and "
                "it has a round neckline. The lady wears a long skirt. The skirt is with cotton fabric and pure "
                "color patterns. There is an accessory on her",
                "cut",
                hit_limit=True,
            ),
            kind_of("sweater"),
            pattern_of("jumper", "striped"),
            color_of("skirt", "white", "contradiction"),
            wearing("a blue and white striped sweater and a navy skirt", who="she"),
            describe(
                "jumper",
                "a navy and white striped sweater with a round neck and a navy and white striped sweater with a round "
                "neck and a navy and",
                "loop",
                hit_limit=True,
            ),
        ),
        gender="Women",
        extra={},
    ),
    # On-model: grey marl quarter-zip knitted jumper, black jeans. No catalog. Everything came out right, including
    # a one-word description.
    Case(
        "M-KN-112",
        (
            caption(
                "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting "
                "fabric and it has a stand neckline."
            ),
            kind_of("sweater"),
            hue("sweater", "grey"),
            wearing("a grey sweater and black jeans", who="he"),
            describe("sweater", "grey"),
            details("sweater", "a zip at the neck"),
        ),
        gender="Men",
        extra={},
    ),
    # On-model: bottle green belted wrap coat, open over a cream Fair Isle jumper, black jeans. Caption loops;
    # garment type raw leak; base description gives the coat the jumper's color; material cut (and a lining invented).
    Case(
        "W-CT-207",
        (
            caption(
                "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric and its "
                "neckline is lapel. The lady wears a long-sleeve coat with pure color patterns. The coat is with "
                "cotton fabric and its neckline is lapel",
                "loop",
                hit_limit=True,
            ),
            kind_of(
                "Question: What type of garment is this? Answer: coat Question: What type of garment is this? "
                "Answer: coat Question:",
                "leak",
                hit_limit=True,
            ),
            hue("coat", "green"),
            wearing("a green coat, a white sweater with a pattern and black jeans", who="she"),
            describe("coat", "a white coat with a belt", "other_garment_color"),
            fabric(
                "coat",
                "The coat is made of wool and it has a belt and two pockets and it is lined with a silk lining and it "
                "has a",
                "cut",
                hit_limit=True,
            ),
        ),
        gender="Women",
        extra={"category": "Coats & Jackets", "color": "Bottle Green", "title": "Belted Wrap Coat"},
    ),
    # On-model: navy quilted gilet (sleeveless, zipped) over a light blue oxford shirt, stone chinos. Base-style
    # caption right; "vest" right; VQA color and sleeves of the shirt; base wearing says "she"; material loops.
    Case(
        "M-CT-208",
        (
            caption("a man wearing a navy vest over a blue shirt"),
            kind_of("vest"),
            hue("gilet", "light blue", "contradiction"),
            sleeves("gilet", "long sleeve", "contradiction"),
            wearing("she is wearing a navy vest and a blue shirt", "pronoun", who="he"),
            describe("gilet", "a navy quilted vest with a zip"),
            fabric(
                "gilet",
                "nylon with a down filling and a fleece lining and a nylon shell with a down filling and a fleece "
                "lining and a nylon",
                "loop",
                hit_limit=True,
            ),
        ),
        gender="Men",
        extra={"category": "Coats & Jackets", "color": "Navy", "title": "Quilted Gilet"},
    ),
]
