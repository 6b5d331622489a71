"""BLIND_667 (46 products; Myntra dresses/jumpsuits/co-ords; extractive QA): written blind in the fifty-fourth session.
Measured blind at 66d12ac (the session's second rules): 92/125 failures found (73.6%) and 5/179 correct texts flagged
(2.8%). The writer's notes, verbatim:

Scenario: a Myntra-like women's feed of Dresses (001-020), Jumpsuit (021-033) and Co-Ords (034-046) rows. Studio
catalog photos on a white, grey or beige backdrop, mostly front views, the model often wearing something else too (a
white tee under a pinafore or dungarees, a denim jacket over a dress, a camisole under a blazer, shoes, belts, bags).
The job captions every photo, then answers the open questions with an extractive QA model over that caption; the
closed questions (type, color, pattern, sleeve length, "Is this a jumpsuit?") go to enrich's `--engine reference`.

Who wrote what: captions of dresses come from the epoch-3 caption adapter
(leoreigoto/Data2_V2_Blip2_Finetune_Caption): DeepFashion template sentences, no hue names ("pure color", "lattice",
"graphic" patterns), trained without an end token, so about half its captions repeat a sentence or run to the
50-token limit and stop mid-phrase. Jumpsuit captions come from the epoch-1 caption adapter
(..._Caption_First_Epoch): half template, half base model, with hue names; it sometimes continues past the caption
into a "Question: ... Answer: ..." turn, and gives a jumpsuit the color of its belt (the QA model takes the shoes'
or bag's color). Co-ord captions come from untuned BLIP-2 OPT-2.7b: short "a woman in a ..." phrases with hues, the
same color for both pieces, "a man" now and then, an invented scarf or belt, and at times a run-on list or a leaked
Question/Answer turn. Every open answer (wearing, describe, details, material, the open color questions) is a span
that timpal0l/mdeberta-v3-base-squad2 took from that product's caption (empty when it chose no answer), so it
inherits the caption's loops, cuts, leaks and mistakes, and can pick a span about the wrong thing. Closed answers
are one candidate value picked by the reference engine: never looped or cut, but sometimes the color or sleeves of
the layer worn with the product, or the wrong garment type.

Labeling conventions and judgement calls:
- One label per text. A caption that loops is "loop" even if the loop also holds a false claim; a caption that runs
  to 50 tokens and stops mid-phrase is "cut"; a caption that runs into a leaked Question/Answer turn is "leak" even
  when it also hits the limit. hit_limit=True only on captions that ran to the 50-token limit; extractive spans are
  not generated, so they never carry hit_limit, even when the span ends where the cut caption ends (labeled "cut").
- A span copied from a loop that holds the repeated sentence is "loop"; a span that ends mid-phrase (the caption's
  cut end, or the QA model's span length cap) is "cut"; a span holding "Question:" or "Answer:" is "leak".
- Another garment's color given to the product: "other_garment_color" on open answers and captions (the jacket, the
  belt, shoes, bag, the inner tee or camisole, and once the backdrop wall); on closed answers the same mistake is
  "contradiction", as is any closed color, type or sleeve length that the seller's row or the photo contradicts
  (short sleeves of the tee under a sleeveless dress, long sleeves of a jacket over a short-sleeve jumpsuit).
- Naming only the layered garment (a T-shirt, a sweater, a shirt) as what a dress is, when the seller sells a dress,
  is "contradiction"; calling a co-ord set a "dress", a "top", a "skirt" or a "blazer" is "contradiction".
- A material that belongs to another garment (denim of the jacket, leather of the boots) given as the product's
  material is "unsupported", like a fabric the photo and title do not support (chiffon for satin, cotton for linen,
  denim for crepe); an invented belt, scarf, hat, ring or wrist accessory is "unsupported".
- Teal and navy are not "green" and "black"; maroon given as "red", lavender as "purple", peach as "pink", mustard
  as "yellow" and charcoal as "grey" count as correct (same color group). Rust called "brown" is a contradiction.
- Empty spans, "other" for the material, a lone color word for "Describe the co-ord set." and a span about the wall
  are "non_answer"; a span that is only the question's own garment noun ("dress", "top", "skirt") is "restated".
- "he", "his", "the man" for a Women row is "pronoun", in captions and in the spans that copy it; where the caption
  says "his" but the span quoted does not, the span is not labeled.
- The template's "pure color" patterns, "lattice" for checks and "graphic" for a print are correct, not failures;
  "suspenders neckline" for spaghetti straps is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing


def woman(text: str, failure: str | None = None, hit_limit: bool = False):
    return wearing(text, failure, who="the woman", hit_limit=hit_limit)


def open_color(garment: str, text: str, failure: str | None = None):
    return color_of(garment, text, failure, kind="open")


BLIND_667 = [
    # photo: navy blue georgette A-line midi dress with a small white-and-pink floral print, short sleeves, round neck,
    # white sneakers, bare wrists, white backdrop, front view. Caption: epoch-3 caption adapter, cut at the limit
    case(
        "X667-001",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and it has a "
            "round neckline. The dress is of medium length. This lady wears shoes. There is an accessory on her "
            "wrist and",
            "cut",
            hit_limit=True,
        ),
        woman("a short-sleeve dress with floral patterns"),
        describe("dress", "dress with floral patterns. The dress is with chiffon fabric and it has a", "cut"),
        material("chiffon"),
        Q.color("black", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        title="Berrylush Women Navy Blue Floral Print A-Line Midi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black solid ribbed-knit bodycon mini dress, sleeveless, square neck, black heels, grey backdrop, front.
    # Caption: epoch-3 caption adapter (loops); open: extractive QA; closed: reference
    case(
        "X667-002",
        caption(
            "The female wears a sleeveless dress with pure color patterns. The dress is with knitting fabric. It has a "
            "square neckline. The dress is with knitting fabric. The dress is with knitting fabric. The dress is with "
            "knitting fabric. The dress is",
            "loop",
            hit_limit=True,
        ),
        woman("a sleeveless dress with pure color patterns"),
        details(
            "dress", "knitting fabric. The dress is with knitting fabric. The dress is with knitting fabric", "loop"
        ),
        Q.color("black"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("sleeveless"),
        title="Athena Women Black Solid Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: maroon crepe wrap dress, knee length, three-quarter sleeves, V-neck, self tie at the waist, the model holds
    # a tan handbag, white backdrop. Caption: epoch-3 adapter (invents denim); open: extractive QA; closed: reference
    case(
        "X667-003",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with denim fabric. It has a "
            "v-shape neckline. There is an accessory in her hand. The dress is of medium length.",
            "unsupported",
        ),
        woman("a medium-sleeve dress with pure color patterns"),
        describe("dress", "v-shape neckline"),
        material("denim", "unsupported"),
        Q.color("maroon"),
        Q.pattern("solid"),
        title="Sassafras Women Maroon Solid Wrap Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: mustard yellow floral georgette tiered maxi dress with thin straps, worn over a white short-sleeve crop
    # t-shirt, white backdrop, front. Caption: epoch-3 adapter; open: extractive QA; closed: reference
    case(
        "X667-004",
        caption(
            "The female wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. She wears a long dress with floral patterns. The dress is with chiffon fabric."
        ),
        woman("a long dress with floral patterns"),
        describe("dress", "floral patterns"),
        material("chiffon"),
        Q.color("mustard"),
        Q.pattern("floral"),
        Q.sleeve_length("short", "contradiction"),
        title="Tokyo Talkies Women Mustard Yellow Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: white cotton shirt dress, long sleeves, collar, button placket, brown belt, white sneakers, grey backdrop.
    # Caption: epoch-3 adapter (calls it a shirt, then loops); open: extractive QA; closed: reference
    case(
        "X667-005",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a belt. The lady wears a belt. The lady wears a belt. The lady wears a "
            "belt. The lady",
            "loop",
            hit_limit=True,
        ),
        woman("a long-sleeve shirt with pure color patterns", "contradiction"),
        details("dress", "The lady wears a belt. The lady wears a belt. The lady wears a belt", "loop"),
        material("cotton"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("white"),
        Q.sleeve_length("long"),
        title="Roadster Women White Solid Shirt Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: peach floral fit-and-flare dress, short flutter sleeves, under an open light blue denim jacket with long
    # sleeves, thin watch on the wrist, white backdrop. Caption: epoch-3 adapter; open: extractive QA; closed: reference
    case(
        "X667-006",
        caption(
            "The female wears a long-sleeve denim jacket with pure color patterns. It has a lapel neckline. She wears "
            "a dress with floral patterns. The dress is of medium length. There is an accessory on her wrist."
        ),
        woman("a dress with floral patterns"),
        describe("dress", "a long-sleeve denim jacket with pure color patterns", "contradiction"),
        material("denim", "unsupported"),
        Q.color("blue", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("long", "contradiction"),
        title="DressBerry Women Peach-Coloured Floral Printed Fit and Flare Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: olive green solid sheath dress, sleeveless, round neck, knee length, thin gold necklace, no rings, white
    # backdrop. Caption: epoch-3 adapter (invents a ring); open: extractive QA; closed: reference
    case(
        "X667-007",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. This lady wears a necklace. There is a ring on her finger. The dress is of medium length.",
            "unsupported",
        ),
        woman("a sleeveless dress"),
        describe("dress", "", "non_answer"),
        details("dress", "a ring on her finger", "unsupported"),
        Q.garment_type("jumpsuit", "contradiction"),
        Q.color("olive"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("solid"),
        title="Van Heusen Woman Olive Green Solid Sheath Dress",
        category="Dresses",
        color="Olive",
        gender="Women",
    ),
    # photo: red-and-white horizontally striped cotton T-shirt dress, short sleeves, crew neck, knee length, black
    # wristwatch, white sneakers, white backdrop. Caption: epoch-3 adapter ("his"); open: extractive QA
    case(
        "X667-008",
        caption(
            "The lady wears a short-sleeve dress with striped patterns. The dress is with cotton fabric and it has a "
            "crew neckline. There is an accessory on his wrist.",
            "pronoun",
        ),
        woman("a short-sleeve dress with striped patterns"),
        details("dress", "There is an accessory on his wrist", "pronoun"),
        material("cotton"),
        Q.color("red"),
        Q.pattern("striped"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Tommy Hilfiger Women Red & White Striped T-shirt Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: teal blue rayon kaftan dress with a white-and-gold ethnic print, flared three-quarter sleeves, V-neck with
    # tassels, no belt, ankle length, white backdrop. Caption: epoch-3 adapter (invents a belt and chiffon)
    case(
        "X667-009",
        caption(
            "The female wears a medium-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. The lady wears a belt around her waist.",
            "unsupported",
        ),
        woman("a medium-sleeve dress with graphic patterns"),
        details("dress", "a belt around her waist", "unsupported"),
        material("chiffon", "unsupported"),
        Q.color("teal"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter"),
        title="Global Desi Women Teal Blue Printed Kaftan Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: black georgette A-line midi dress with white polka dots, short puff sleeves, V-neck, side angle, red
    # lipstick, white backdrop. Caption: epoch-3 adapter (loops back to its first sentence)
    case(
        "X667-010",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of medium length. The lady wears a short-sleeve dress with graphic "
            "patterns. The dress is with chif",
            "loop",
            hit_limit=True,
        ),
        woman("a short-sleeve dress"),
        describe("dress", "dress", "restated"),
        Q.pattern("polka dot"),
        Q.color("white", "contradiction"),
        Q.sleeve_length("short"),
        title="Harpa Women Black & White Polka Dot Print A-Line Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: lavender smocked cotton midi dress, sleeveless, square neck, tiered skirt, white sling bag on the
    # shoulder, white flat sandals, white backdrop. Caption: epoch-3 adapter, cut at the token limit
    case(
        "X667-011",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The dress is of long length. There is an accessory on her shoulder. The lady wears a "
            "pair of sandals and her",
            "cut",
            hit_limit=True,
        ),
        woman("a sleeveless dress with pure color patterns"),
        details("dress", "The lady wears a pair of sandals and her", "cut"),
        material("cotton"),
        Q.color("purple"),
        Q.sleeve_length("sleeveless"),
        title="MANGO Women Lavender Solid Smocked A-Line Midi Dress",
        category="Dresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: coral orange ribbed-knit bodycon mini dress, long sleeves, round neck, nude high heels, white backdrop.
    # Caption: epoch-3 adapter, cut at the limit; open: extractive QA; closed: reference
    case(
        "X667-012",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. It has a "
            "round neckline. The dress is of short length. The lady wears a pair of high heels and there is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        woman("long-sleeve dress"),
        describe("dress", "dress", "restated"),
        material("knitting"),
        Q.color("orange"),
        Q.garment_type("top", "contradiction"),
        title="FOREVER 21 Women Coral Orange Ribbed Bodycon Dress",
        category="Dresses",
        color="Coral",
        gender="Women",
    ),
    # photo: light blue denim pinafore dress, knee length, over a white short-sleeve cotton T-shirt, white sneakers,
    # white backdrop, front. Caption: epoch-3 adapter; open: extractive QA (picks the tee); closed: reference
    case(
        "X667-013",
        caption(
            "The female wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. She wears a dress with pure color patterns. The dress is with denim fabric."
        ),
        woman("a dress with pure color patterns"),
        details("dress", "a short-sleeve T-shirt", "contradiction"),
        material("denim"),
        Q.color("white", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("dress"),
        title="Roadster Women Blue Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: emerald green satin slip dress, midi, spaghetti straps, gold hoop earrings, white backdrop.
    # Caption: epoch-3 adapter (chiffon for satin); open: extractive QA; closed: reference
    case(
        "X667-014",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of long length. There is an accessory in her ear.",
            "unsupported",
        ),
        woman("a sleeveless dress"),
        details("dress", "a suspenders neckline"),
        material("chiffon", "unsupported"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        title="MANGO Women Green Satin Slip Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: off-white cotton A-line dress with a small blue floral print, short puff sleeves, square neck, blue clutch
    # in hand, white backdrop. Caption: epoch-3 adapter, loops on its first sentence
    case(
        "X667-015",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "square neckline. The lady wears a short-sleeve dress with floral patterns. The lady wears a short-sleeve "
            "dress with floral patterns. The lady wears",
            "loop",
            hit_limit=True,
        ),
        woman(
            "a short-sleeve dress with floral patterns. The lady wears a short-sleeve dress with floral patterns",
            "loop",
        ),
        describe("dress", "floral patterns"),
        Q.color("white"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        title="Sera Women Off-White & Blue Floral Print A-Line Dress",
        category="Dresses",
        color="Off White",
        gender="Women",
    ),
    # photo: rust orange cotton tiered maxi dress, long balloon sleeves, round neck, brown ankle boots, no hat, white
    # backdrop. Caption: epoch-3 adapter (invents a hat); open: extractive QA; closed: reference (brown of the boots)
    case(
        "X667-016",
        caption(
            "The female wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. She wears a pair of boots and a hat on her head.",
            "unsupported",
        ),
        woman("a long-sleeve dress with pure color patterns"),
        material("cotton"),
        Q.color("brown", "contradiction"),
        Q.sleeve_length("long"),
        title="AKS Women Rust Solid Tiered Maxi Dress",
        category="Dresses",
        color="Rust",
        gender="Women",
    ),
    # photo: black georgette shift dress with a white abstract brushstroke print, sleeveless, round neck, above the
    # knee, black ankle-strap heels, white backdrop. Caption: epoch-3 adapter ("The man")
    case(
        "X667-017",
        caption(
            "The man wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric. It has a round "
            "neckline. The dress is of short length.",
            "pronoun",
        ),
        woman("a sleeveless dress with graphic patterns"),
        describe("dress", "The man wears a sleeveless dress", "pronoun"),
        Q.pattern("printed"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        title="SASSAFRAS Women Black & White Printed Shift Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: pink sequinned sheath mini dress, spaghetti straps, silver heels, bare wrists, grey backdrop.
    # Caption: epoch-3 adapter, invents a wrist accessory and loops on it
    case(
        "X667-018",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "suspenders neckline. The dress is of short length. There is an accessory on her wrist. There is an "
            "accessory on her wrist. There is an",
            "loop",
            hit_limit=True,
        ),
        woman("a sleeveless dress"),
        details("dress", "an accessory on her wrist", "unsupported"),
        material("other", "non_answer"),
        Q.color("pink"),
        Q.pattern("solid"),
        title="Athena Women Pink Embellished Sequinned Sheath Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: navy blue and white gingham-checked cotton shirt dress, short sleeves, collar, navy fabric belt, white
    # sneakers, white backdrop. Caption: epoch-3 adapter; every text right
    case(
        "X667-019",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The lady wears a belt. The dress is of medium length."
        ),
        woman("a short-sleeve dress with lattice patterns"),
        details("dress", "lapel neckline"),
        material("cotton"),
        Q.pattern("checked"),
        Q.color("navy blue"),
        Q.garment_type("dress"),
        title="Allen Solly Woman Navy Blue Checked Shirt Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: grey melange knitted sweater dress, long sleeves, high neck, knee length, black leather knee boots, watch
    # on the wrist, white backdrop. Caption: epoch-3 adapter, calls it a sweater, cut at the limit. Feed row lacks color
    case(
        "X667-020",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a high neckline. The lady wears a pair of leather boots. There is an accessory on her wrist and the "
            "lady wears a",
            "cut",
            hit_limit=True,
        ),
        woman("a long-sleeve sweater", "contradiction"),
        describe("dress", "a long-sleeve sweater with pure color patterns", "contradiction"),
        material("leather", "unsupported"),
        Q.garment_type("dress"),
        Q.color("grey"),
        Q.sleeve_length("long"),
        title="Vero Moda Women Grey Melange Sweater Dress",
        category="Dresses",
        gender="Women",
    ),
    # photo: black denim dungaree jumpsuit (sleeveless, straps, long wide legs) over a white short-sleeve T-shirt,
    # white sneakers, white backdrop. Caption: epoch-1 caption adapter; open: extractive QA; closed: reference
    case(
        "X667-021",
        caption(
            "The lady is wearing a black jumpsuit with pure color patterns. She wears a white T-shirt with short "
            "sleeves under it. The jumpsuit is with denim fabric and it is of long length."
        ),
        woman("a black jumpsuit"),
        describe("jumpsuit", "jumpsuit", "restated"),
        open_color("jumpsuit", "white", "other_garment_color"),
        material("denim"),
        is_a("jumpsuit", "yes"),
        Q.color("black"),
        Q.sleeve_length("short", "contradiction"),
        title="Roadster Women Black Solid Dungaree Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: olive green cotton utility jumpsuit, long roll-up sleeves, notch collar, chest pockets, self belt, white
    # backdrop. Caption: epoch-1 caption adapter; every text right
    case(
        "X667-022",
        caption(
            "The lady is wearing a green jumpsuit with long sleeves. It has a lapel neckline and there are pockets on "
            "the chest. The jumpsuit is with cotton fabric. She wears a belt around her waist."
        ),
        woman("a green jumpsuit with long sleeves"),
        describe("jumpsuit", "a lapel neckline and there are pockets on the chest"),
        open_color("jumpsuit", "green"),
        Q.color("olive"),
        Q.sleeve_length("long"),
        title="HERE&NOW Women Olive Green Solid Utility Jumpsuit",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # photo: mustard yellow culotte jumpsuit with a small white floral print, short sleeves, V-neck, tan flats, white
    # backdrop. Caption: epoch-1 adapter runs on into a Question/Answer turn up to the limit
    case(
        "X667-023",
        caption(
            "The lady is wearing a yellow jumpsuit with floral patterns. It has a v-shape neckline and short sleeves. "
            "Question: what is the color of the jumpsuit? Answer: yellow. Question: what is the color of the",
            "leak",
            hit_limit=True,
        ),
        woman("a yellow jumpsuit with floral patterns"),
        open_color("jumpsuit", "yellow. Question: what is the color of the", "leak"),
        material("", "non_answer"),
        is_a("jumpsuit", "yes"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        title="Harpa Women Mustard Yellow Printed Basic Jumpsuit",
        category="Jumpsuit",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy blue solid halter-neck jumpsuit, sleeveless, wide legs, white sneakers, white backdrop.
    # Caption: epoch-1 adapter ("The man", "He"); open: extractive QA takes the shoes' white
    case(
        "X667-024",
        caption(
            "The man is wearing a blue jumpsuit with pure color patterns. It is sleeveless and it has a halter "
            "neckline. He wears a pair of white shoes.",
            "pronoun",
        ),
        woman("a blue jumpsuit"),
        describe("jumpsuit", "sleeveless and it has a halter neckline"),
        open_color("jumpsuit", "white", "other_garment_color"),
        material("", "non_answer"),
        is_a("jumpsuit", "yes"),
        Q.color("navy blue"),
        Q.sleeve_length("sleeveless"),
        title="StyleStone Women Navy Blue Solid Halter Neck Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white linen jumpsuit, short sleeves, round neck, self belt, straight legs, beige backdrop.
    # Caption: epoch-1 adapter, loops on the fabric sentence (cotton for linen)
    case(
        "X667-025",
        caption(
            "The lady is wearing a white jumpsuit with short sleeves. The jumpsuit is with cotton fabric. It has a "
            "round neckline. The jumpsuit is with cotton fabric. The jumpsuit is with cotton fabric. The jumpsuit is "
            "with cotton fabric. The",
            "loop",
            hit_limit=True,
        ),
        woman("a white jumpsuit with short sleeves"),
        describe("jumpsuit", "The jumpsuit is with cotton fabric. The jumpsuit is with cotton fabric", "loop"),
        open_color("jumpsuit", "white"),
        material("cotton", "unsupported"),
        Q.color("white"),
        is_a("jumpsuit", "yes"),
        title="Vero Moda Women White Solid Linen Jumpsuit",
        category="Jumpsuit",
        color="White",
        gender="Women",
    ),
    # photo: maroon jumpsuit with a small white geometric print, three-quarter sleeves, V-neck, black belt at the
    # waist, white backdrop. Caption: epoch-1 adapter gives the jumpsuit the belt's black
    case(
        "X667-026",
        caption(
            "The lady is wearing a black jumpsuit with graphic patterns. It has medium sleeves and a v-shape neckline. "
            "She wears a black belt around her waist.",
            "other_garment_color",
        ),
        woman("a black jumpsuit with graphic patterns", "other_garment_color"),
        describe("jumpsuit", "medium sleeves and a v-shape neckline"),
        open_color("jumpsuit", "black", "other_garment_color"),
        material("", "non_answer"),
        Q.color("maroon"),
        Q.sleeve_length("three-quarter"),
        Q.pattern("printed"),
        title="AKS Women Maroon Printed Jumpsuit",
        category="Jumpsuit",
        color="Maroon",
        gender="Women",
    ),
    # photo: light pink solid jumpsuit, short ruffled flutter sleeves, V-neck, white heeled sandals, white backdrop.
    # Caption: epoch-1 adapter; open: extractive QA takes the sandals' white; closed: reference says not a jumpsuit
    case(
        "X667-027",
        caption(
            "The lady is wearing a pink jumpsuit with ruffles on the sleeves. It has a v-shape neckline. She wears a "
            "pair of white sandals."
        ),
        woman("a pink jumpsuit with ruffles on the sleeves"),
        describe("jumpsuit", "jumpsuit", "restated"),
        open_color("jumpsuit", "white", "other_garment_color"),
        material("", "non_answer"),
        is_a("jumpsuit", "no", "contradiction"),
        Q.sleeve_length("short"),
        title="Sera Women Pink Solid Basic Jumpsuit with Ruffles",
        category="Jumpsuit",
        color="Pink",
        gender="Women",
    ),
    # photo: rust orange sleeveless wide-leg jumpsuit, round neck, knot tie at the waist, brown flat sandals, white
    # backdrop. Caption: epoch-1 adapter calls the rust "brown" and is cut at the limit
    case(
        "X667-028",
        caption(
            "The lady is wearing a brown jumpsuit with pure color patterns. It is sleeveless and it has a round "
            "neckline. The jumpsuit is with cotton fabric and it is of long length. There is a knot at her waist and "
            "she wears a pair of",
            "cut",
            hit_limit=True,
        ),
        woman("a brown jumpsuit", "contradiction"),
        describe("jumpsuit", "a knot at her waist and she wears a pair of", "cut"),
        open_color("jumpsuit", "brown", "contradiction"),
        Q.color("rust"),
        Q.sleeve_length("sleeveless"),
        title="Rareism Women Rust Solid Jumpsuit",
        category="Jumpsuit",
        color="Rust",
        gender="Women",
    ),
    # photo: black-and-white vertically striped jumpsuit, spaghetti straps, straight legs, black sling bag on the
    # shoulder, white backdrop. Caption: epoch-1 adapter; every text right
    case(
        "X667-029",
        caption(
            "The lady is wearing a black and white striped jumpsuit. It is sleeveless and it has a suspenders "
            "neckline. There is a black bag on her shoulder."
        ),
        woman("a black and white striped jumpsuit"),
        open_color("jumpsuit", "black and white"),
        is_a("jumpsuit", "yes"),
        Q.pattern("striped"),
        Q.color("black"),
        title="SASSAFRAS Women Black & White Striped Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: teal blue satin wrap jumpsuit, long sleeves, V-neck, gold heels, grey backdrop.
    # Caption: epoch-1 adapter (chiffon for satin) runs on into a Question/Answer turn; closed: reference says green
    case(
        "X667-030",
        caption(
            "The lady is wearing a blue jumpsuit with long sleeves. The jumpsuit is with chiffon fabric. It has a "
            "v-shape neckline. Question: what is the lady wearing? Answer: a blue jumpsuit with long sleeves. "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        woman("a blue jumpsuit with long sleeves"),
        describe("jumpsuit", "Answer: a blue jumpsuit with long sleeves", "leak"),
        open_color("jumpsuit", "blue"),
        material("chiffon", "unsupported"),
        Q.color("green", "contradiction"),
        Q.sleeve_length("long"),
        title="Athena Women Teal Blue Solid Wrap Jumpsuit",
        category="Jumpsuit",
        color="Teal",
        gender="Women",
    ),
    # photo: multicoloured (red, yellow, indigo) ikat print jumpsuit, short sleeves, round neck, under an open light
    # blue denim jacket with long sleeves, white backdrop. Caption: epoch-1 adapter; open: extractive QA
    case(
        "X667-031",
        caption(
            "The lady is wearing a blue denim jacket and a jumpsuit with graphic patterns. The jumpsuit is of long "
            "length. It has a round neckline."
        ),
        woman("a blue denim jacket and a jumpsuit with graphic patterns"),
        open_color("jumpsuit", "blue", "other_garment_color"),
        material("denim", "unsupported"),
        Q.color("multicolor"),
        Q.sleeve_length("long", "contradiction"),
        Q.pattern("printed"),
        title="Global Desi Women Multicoloured Ikat Print Jumpsuit",
        category="Jumpsuit",
        color="Multi",
        gender="Women",
    ),
    # photo: charcoal grey knit jumpsuit, long sleeves, round neck, tapered legs, white sneakers, side view, white
    # backdrop. Caption: epoch-1 adapter; every text right
    case(
        "X667-032",
        caption(
            "The lady is wearing a grey jumpsuit with long sleeves. It has a round neckline. The jumpsuit is of long "
            "length. She wears a pair of white shoes."
        ),
        woman("a grey jumpsuit with long sleeves"),
        open_color("jumpsuit", "grey"),
        is_a("jumpsuit", "yes"),
        Q.pattern("solid"),
        title="Tokyo Talkies Women Charcoal Grey Solid Jumpsuit",
        category="Jumpsuit",
        color="Charcoal",
        gender="Women",
    ),
    # photo: peach georgette culotte jumpsuit with a white floral print, short flutter sleeves, brown tote bag in hand,
    # white backdrop. Caption: epoch-1 adapter ("His"); open: extractive QA takes the bag's brown
    case(
        "X667-033",
        caption(
            "The lady is wearing a pink jumpsuit with floral patterns. She has a brown bag in her hand. His jumpsuit "
            "is with chiffon fabric and it has short sleeves.",
            "pronoun",
        ),
        woman("a pink jumpsuit with floral patterns"),
        describe("jumpsuit", "His jumpsuit is with chiffon fabric", "pronoun"),
        open_color("jumpsuit", "brown", "other_garment_color"),
        material("chiffon"),
        Q.color("peach"),
        Q.pattern("floral"),
        title="Berrylush Women Peach-Coloured Floral Printed Culotte Jumpsuit",
        category="Jumpsuit",
        color="Peach",
        gender="Women",
    ),
    # photo: blue-and-white floral print top and straight trousers co-ord set (same print), white sneakers, white
    # backdrop. Caption: untuned BLIP-2 OPT-2.7b; every text right
    case(
        "X667-034",
        caption("a woman wearing a blue and white floral print top and pants"),
        woman("a blue and white floral print top and pants"),
        open_color("top", "blue and white"),
        open_color("pants", "blue and white"),
        Q.pattern("floral"),
        Q.garment_type("co-ord set"),
        title="SASSAFRAS Women Blue & White Floral Print Top with Trousers",
        category="Co-Ords",
        color="Blue",
        gender="Women",
    ),
    # photo: beige linen shirt worn open over a white tank top, matching beige linen shorts, tan sandals, white
    # backdrop. Caption: untuned BLIP-2 gives the shirt the tank top's white
    case(
        "X667-035",
        caption("a woman in a white shirt and beige shorts", "other_garment_color"),
        woman("a white shirt and beige shorts", "other_garment_color"),
        open_color("shirt", "white", "other_garment_color"),
        open_color("shorts", "beige"),
        material("", "non_answer"),
        Q.color("beige"),
        Q.pattern("striped", "contradiction"),
        title="MANGO Women Beige Linen Shirt and Shorts Co-Ord Set",
        category="Co-Ords",
        color="Beige",
        gender="Women",
    ),
    # photo: lime green ribbed knit crop top and midi skirt co-ord, white sneakers, plain white wall behind.
    # Caption: untuned BLIP-2; open: extractive QA picks the wall for the top
    case(
        "X667-036",
        caption("a woman in a green top and skirt standing in front of a white wall"),
        woman("a green top and skirt"),
        open_color("top", "white", "other_garment_color"),
        open_color("skirt", "green"),
        details("top", "standing in front of a white wall", "non_answer"),
        Q.color("lime green"),
        title="Tokyo Talkies Women Lime Green Ribbed Top and Skirt Co-Ords",
        category="Co-Ords",
        color="Lime Green",
        gender="Women",
    ),
    # photo: navy blue shirt and trousers co-ord with white polka dots, white sneakers, white backdrop.
    # Caption: untuned BLIP-2 runs on into Question/Answer turns up to the limit
    case(
        "X667-037",
        caption(
            "a woman in a blue polka dot shirt and pants Question: what is the woman wearing? Answer: a blue polka "
            "dot shirt and pants Question: what is the color of the pants? Answer: blue Question: what is the",
            "leak",
            hit_limit=True,
        ),
        woman("a blue polka dot shirt and pants"),
        describe(
            "co-ord set",
            "blue polka dot shirt and pants Question: what is the color of the pants? Answer: blue",
            "leak",
        ),
        open_color("shirt", "blue"),
        open_color("pants", "blue Question: what is the", "leak"),
        Q.pattern("polka dot"),
        Q.color("navy blue"),
        title="Berrylush Women Navy Blue & White Polka Dot Shirt with Trousers",
        category="Co-Ords",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black satin cami top and wide-leg trousers co-ord, red clutch in hand, black heels, grey backdrop.
    # Caption: untuned BLIP-2; open: extractive QA takes the clutch's red for the pants
    case(
        "X667-038",
        caption("a woman in black top and pants holding a red purse"),
        woman("black top and pants"),
        open_color("top", "black"),
        open_color("pants", "red", "other_garment_color"),
        details("top", "top", "restated"),
        Q.color("black"),
        Q.garment_type("top", "contradiction"),
        title="Athena Women Black Satin Top with Trousers",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: mustard yellow cotton top and palazzos with a small white block print, no dupatta or scarf, tan juttis,
    # white backdrop. Caption: untuned BLIP-2 invents a scarf
    case(
        "X667-039",
        caption("a woman wearing a yellow top and yellow pants with a yellow scarf", "unsupported"),
        woman("a yellow top and yellow pants with a yellow scarf", "unsupported"),
        describe("co-ord set", "a yellow scarf", "unsupported"),
        open_color("top", "yellow"),
        Q.pattern("printed"),
        Q.color("mustard"),
        title="Libas Women Mustard Yellow Printed Top with Palazzos",
        category="Co-Ords",
        color="Mustard",
        gender="Women",
    ),
    # photo: maroon blazer and straight trousers co-ord worn over a black camisole, black heels, white backdrop.
    # Caption: untuned BLIP-2 ("a man"); open: extractive QA gives the trousers the camisole's black
    case(
        "X667-040",
        caption("a man in a red suit and black shirt", "pronoun"),
        woman("a red suit and black shirt"),
        details("blazer", "a man in a red suit", "pronoun"),
        open_color("blazer", "red"),
        open_color("trousers", "black", "other_garment_color"),
        Q.color("maroon"),
        Q.garment_type("blazer", "contradiction"),
        title="Tokyo Talkies Women Maroon Solid Blazer with Trousers Co-Ords",
        category="Co-Ords",
        color="Maroon",
        gender="Women",
    ),
    # photo: white schiffli-embroidered cotton top and shorts co-ord, brown sandals, beige backdrop.
    # Caption: untuned BLIP-2 repeats one phrase to the limit
    case(
        "X667-041",
        caption(
            "a woman in a white top and shorts with a white top and shorts with a white top and shorts with a white "
            "top and shorts with a white top and shorts with a white top and shorts with",
            "loop",
            hit_limit=True,
        ),
        woman("a white top and shorts with a white top and shorts with a white top", "loop"),
        describe("co-ord set", "white", "non_answer"),
        open_color("shorts", "white"),
        Q.color("white"),
        Q.garment_type("co-ord set"),
        title="Vero Moda Women White Schiffli Top with Shorts",
        category="Co-Ords",
        color="White",
        gender="Women",
    ),
    # photo: rust orange shirt and mini skirt co-ord with a small white floral print, white sneakers, white backdrop.
    # No belt. Caption: untuned BLIP-2 (invents a belt); closed: reference gets the pattern and the type wrong
    case(
        "X667-042",
        caption("a woman in an orange shirt and skirt with flowers on it and a brown belt", "unsupported"),
        woman("an orange shirt and skirt"),
        details("shirt", "flowers on it"),
        open_color("skirt", "orange"),
        Q.pattern("striped", "contradiction"),
        Q.color("orange"),
        Q.garment_type("skirt", "contradiction"),
        title="SASSAFRAS Women Rust Orange Floral Print Shirt with Skirt",
        category="Co-Ords",
        color="Rust",
        gender="Women",
    ),
    # photo: lavender fleece sweatshirt and joggers co-ord, white sneakers, white backdrop.
    # Caption: untuned BLIP-2 repeats its sentence; open: extractive QA gives the joggers the sneakers' white
    case(
        "X667-043",
        caption(
            "a woman wearing a purple sweatshirt and purple sweatpants and white sneakers, she is wearing a purple "
            "sweatshirt and purple sweatpants and white sneakers, she is wearing a purple sweatshirt and purple "
            "sweatpants and white",
            "loop",
            hit_limit=True,
        ),
        woman("a purple sweatshirt and purple sweatpants and white sneakers"),
        details(
            "sweatshirt", "she is wearing a purple sweatshirt and purple sweatpants and white sneakers, she is", "loop"
        ),
        open_color("joggers", "white", "other_garment_color"),
        Q.color("lavender"),
        Q.pattern("solid"),
        title="HERE&NOW Women Lavender Solid Sweatshirt with Joggers",
        category="Co-Ords",
        color="Lavender",
        gender="Women",
    ),
    # photo: green-and-white striped shirt and shorts co-ord, sunglasses pushed up on the head, thin gold necklace and
    # bracelet, white sneakers, white backdrop. Caption: untuned BLIP-2 lists accessories until the limit cuts it
    case(
        "X667-044",
        caption(
            "a woman in a green and white striped shirt and shorts. she is wearing a pair of sunglasses on her head "
            "and a gold necklace and bracelet and a pair of white sneakers and a green and white striped shirt and",
            "cut",
            hit_limit=True,
        ),
        woman("a green and white striped shirt and shorts"),
        details("shirt", "a pair of white sneakers and a green and white striped shirt and", "cut"),
        open_color("shorts", "green and white"),
        Q.pattern("striped"),
        Q.color("green"),
        title="MANGO Women Green & White Striped Shirt with Shorts",
        category="Co-Ords",
        color="Green",
        gender="Women",
    ),
    # photo: fuchsia pink kaftan top and palazzos with a blue abstract print, silver earrings, white backdrop.
    # Caption: untuned BLIP-2 calls the set a dress
    case(
        "X667-045",
        caption("a woman in a pink and blue dress", "contradiction"),
        woman("a pink and blue dress", "contradiction"),
        describe("co-ord set", "pink and blue"),
        details("top", "", "non_answer"),
        open_color("top", "pink and blue"),
        Q.color("pink"),
        Q.garment_type("co-ord set"),
        title="Global Desi Women Fuchsia Printed Kaftan Top with Palazzos",
        category="Co-Ords",
        color="Fuchsia",
        gender="Women",
    ),
    # photo: light blue denim shirt and denim mini skirt co-ord over a white tank top, no belt, gold hoops, white
    # backdrop. Caption: untuned BLIP-2 invents a belt. Feed row lacks the category column
    case(
        "X667-046",
        caption("a woman in a denim shirt and skirt with a brown leather belt", "unsupported"),
        woman("a denim shirt and skirt with a brown leather belt", "unsupported"),
        details("shirt", "shirt", "restated"),
        open_color("skirt", "skirt", "restated"),
        material("denim"),
        Q.color("blue"),
        title="Roadster Women Blue Denim Shirt with Skirt Co-Ords",
        color="Blue",
        gender="Women",
    ),
]
