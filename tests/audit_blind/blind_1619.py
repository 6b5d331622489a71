"""BLIND_1619 (45 products; Myntra dresses/jumpsuits/playsuits, epoch-1 caption + mdeberta spans, VQA fallback): written
blind in the sixty-sixth session. Measured blind at 0f3a531 (the session's sixth rules): 92/114 failures found
(80.7%) and 12/219 correct texts flagged (5.5%). The writer's notes, verbatim:

Scenario: a Myntra feed of girls' and women's dresses, jumpsuits and playsuits (article types Dresses, Jumpsuit,
Playsuit; base colours as Myntra writes them: Navy Blue, Maroon, Mustard, Off White, Multi...). The photos are the
catalog's usual first image: a model on a plain white, grey or beige backdrop, styled with other clothes now and
then (a denim jacket, a cardigan, a tee under a pinafore), some props (a straw hat in the hand, a basket bag, a
teddy bear), two flat lays and one back view. A few rows lack a column (gender or colour), as the feed has them.
Who wrote what: every caption is the epoch-1 caption adapter (Data2_V2_BLIP2_Finetune_Caption_First_Epoch, greedy,
50 new tokens). It writes the DeepFashion-MultiModal template: patterns instead of hues ("pure color", "floral",
"lattice"), fabrics from the closed DeepFashion list (cotton, chiffon, denim, knitting, furry, leather, other), and
it splits one-piece garments into an upper and a lower garment more often than not (a jumpsuit becomes "a tank top"
and "a long pants"). With no end-of-text trained, many captions run to the 50-token limit, cut or looping; some
stop on their own after the usual three or five sentences. The open and closed answers are mdeberta-v3-base-squad2
spans over that caption (so they are exact substrings of it, never cut, never looped); when the QA model returns no
span (always for the yes/no question, often for the colour, since the caption has no hue) the VQA adapter
(Data3_V3_BLIP2_VQA, greedy, 30 new tokens) answers instead, and that is where the loops, leaks and cut answers in
the answers come from. Each case's comment says which texts came from the fallback.
Labeling conventions and judgement calls: one label per text, the one a reader would be misled by first. A caption
that both runs to the limit and is wrong in content gets the content label (hit_limit still set); a caption that
is right but stops mid-sentence is "cut"; one that repeats its sentences is "loop". A jumpsuit, playsuit or dress
described as a top plus pants/shorts/skirt, or as a shirt/sweater/T-shirt, is "contradiction" (the title says
otherwise), and so is every span that carries that wrong garment. "romper" for a jumpsuit or playsuit I accepted.
A pattern word given to the colour question ("pure color", "floral", "striped") is "non_answer": it names no hue;
so is "other" for the material or the pattern, and "upper clothing" for the garment type. An answer that gives the
product the sleeves, pattern, fabric or colour of a layered garment (the tee under a pinafore, the jacket over a
dress) is "contradiction", or "other_garment_color" when it is the colour. Claims only the photo refutes (a hat
held in the hand called worn, sleeves that are there called sleeveless when the title does not say, accessories
on a flat lay) are "unsupported"; when the title says it (Puff Sleeves, Polka Dot, Satin, Velvet, Cotton) I used
"contradiction". I was lenient on near hues from the fallback: "red" for maroon or burgundy, "green" for olive,
"blue" for teal or navy, "pink" for peach, "white" for a white-ground multicolour print; "white" for beige I marked.
Fabric guesses that the photo cannot refute (cotton for a crepe-looking dress, chiffon for georgette or net) are
left unmarked. "The lady wears" on a flat lay is the template, not a claim, so I did not mark it by itself.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_1619 = [
    # Truth: model on a grey backdrop in a navy sleeveless fit-and-flare midi dress, round neck; thin bracelet, a
    # ring, a small pendant. Caption: epoch-1 adapter (right, but cut at the limit). Answers: all mdeberta spans,
    # the colour one included ("pure color").
    case(
        "X1619-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a ring. This lady wears a neckwear. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Women",
        title="Women Navy Blue Solid Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Truth: girl of about six on white, pink floral short-sleeve flared dress with a bow at the waist, white ankle
    # socks and sneakers. Caption: epoch-1 adapter, loops on the socks sentence. Colour and is_a: VQA fallback.
    case(
        "X1619-002",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears socks. The lady wears socks. The lady wears socks. The lady wears socks. "
            "The lady",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("pink"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        is_a("dress", "yes"),
        gender="Girls",
        title="Girls Pink Floral Print Fit & Flare Dress",
        category="Dresses",
        color="Pink",
    ),
    # Truth: black sleeveless wide-leg jumpsuit, V-neck, self-tie belt; gold hoops; beige backdrop. Caption: epoch-1
    # adapter splits it into a tank top and long pants (cut at the limit). Sleeve length: no span, VQA fallback;
    # is_a: VQA fallback, wrong. Other answers: spans.
    case(
        "X1619-003",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a v-shape "
            "neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. There "
            "is",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a tank top with pure color patterns", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        is_a("jumpsuit", "no", "contradiction"),
        gender="Women",
        title="Women Black Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # Truth: maroon floral georgette maxi, long sleeves, V-neck; she holds a straw hat in her hand (not on her head)
    # and wears a bangle. Caption: epoch-1 adapter, stopped by itself; "wears a hat" is wrong. Colour: VQA fallback.
    case(
        "X1619-004",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a hat. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a long-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("red"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Women Maroon Floral Print Maxi Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Truth: olive short-sleeve utility playsuit, button front, chest pockets, collar; white sneakers; grey backdrop.
    # Caption: epoch-1 adapter, shirt plus shorts, cut. Colour: VQA fallback. Rest: spans.
    case(
        "X1619-005",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("green"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Women Olive Green Solid Playsuit",
        category="Playsuit",
        color="Olive",
    ),
    # Truth: girl on white in a mustard sleeveless tiered cotton dress with tone-on-tone schiffli eyelets, holding a
    # teddy bear. Caption: epoch-1 adapter, restarts the description (loop). is_a: VQA fallback, loops on "yes".
    case(
        "X1619-006",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a dress with pure color patterns. The dress is with cotton fabric. It has "
            "a round neckline. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        is_a(
            "dress",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Mustard Yellow Self Design Tiered Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Truth: teal wrap dress with a small white geometric print, three-quarter sleeves, V-neck, waist tie; watch on
    # the wrist; white backdrop. Caption: epoch-1 adapter, complete and right (the tie read as a belt). Colour: VQA
    # fallback. Rest: spans.
    case(
        "X1619-007",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a belt."
        ),
        wearing("a medium-sleeve dress with graphic patterns"),
        Q.garment_type("dress"),
        Q.color("blue"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("chiffon"),
        details("dress", "v-shape neckline"),
        gender="Women",
        title="Women Teal Blue Printed Wrap Dress",
        category="Dresses",
        color="Teal",
    ),
    # Truth: white sleeveless cotton A-line midi dress worn under a light-blue denim jacket; white backdrop. Caption:
    # epoch-1 adapter, right but cut. Garment type and material: spans taken from the jacket's sentence. Colour: VQA
    # fallback, the jacket's blue.
    case(
        "X1619-008",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady also wears an outer clothing, with denim fabric and pure color patterns. There "
            "is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("outer clothing", "contradiction"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("denim", "contradiction"),
        gender="Women",
        title="Women White Solid Cotton A-Line Dress",
        category="Dresses",
        color="White",
    ),
    # Truth: red sheath dress with small white polka dots, cap sleeves, knee length; grey backdrop. Caption: epoch-1
    # adapter, stopped by itself, calls the dots "pure color". Colour: VQA fallback. Rest: spans.
    case(
        "X1619-009",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline.",
            "contradiction",
        ),
        wearing("a short-sleeve dress with pure color patterns", "contradiction"),
        Q.garment_type("dress"),
        Q.color("red"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Women Red & White Polka Dot Print Sheath Dress",
        category="Dresses",
        color="Red",
    ),
    # Truth: dark-wash denim dungaree-style jumpsuit with straps, over a white short-sleeve tee; white sneakers.
    # Caption: epoch-1 adapter describes the tee and "long pants", cut. Colour and is_a: VQA fallback. Rest: spans;
    # the sleeve answer is the tee's.
    case(
        "X1619-010",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The lady",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("blue"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("denim"),
        is_a("jumpsuit", "yes"),
        gender="Women",
        title="Women Navy Blue Denim Dungaree Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
    ),
    # Truth: girl of about ten in a blue-and-white gingham shirt dress, short sleeves, collar, button placket, thin
    # belt, white socks, a watch. Caption: epoch-1 adapter, right, cut. All answers: spans.
    case(
        "X1619-011",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. There is a belt around her waist. The lady wears socks. There is an accessory on her "
            "wrist. The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with lattice patterns"),
        Q.garment_type("dress"),
        Q.color("lattice", "non_answer"),
        Q.pattern("lattice"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        details("dress", "a lapel neckline"),
        gender="Girls",
        title="Girls Blue & White Checked Shirt Dress",
        category="Dresses",
        color="Blue",
    ),
    # Truth: black long-sleeve bodycon mini covered in gold sequins; clutch in hand, bracelet and cocktail ring; dark
    # grey backdrop. Caption: epoch-1 adapter, loops on the ring. Colour: VQA fallback. Rest: spans.
    case(
        "X1619-012",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with other fabric. It has a round "
            "neckline. There is an accessory on her wrist. The lady wears a ring. The lady wears a ring. The lady "
            "wears a ring. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns"),
        Q.garment_type("dress"),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        Q.material("other", "non_answer"),
        gender="Women",
        title="Women Black & Gold-Toned Sequinned Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Truth: peach sleeveless culotte jumpsuit, square neck; side view on white. Caption: epoch-1 adapter, "romper",
    # stopped by itself. Colour: QA gave no span, VQA fallback returned nothing. is_a: VQA fallback.
    case(
        "X1619-013",
        caption(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with chiffon fabric. It has a "
            "square neckline."
        ),
        wearing("a sleeveless romper with pure color patterns"),
        Q.garment_type("romper"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        is_a("jumpsuit", "yes"),
        gender="Women",
        title="Women Peach-Coloured Solid Culotte Jumpsuit",
        category="Jumpsuit",
        color="Peach",
    ),
    # Truth: green-and-white vertical stripe shirt dress, sleeves rolled to the elbow, tie belt, tote bag on the
    # shoulder, bracelet and ring. Caption: epoch-1 adapter calls it a shirt, runs to the limit. All answers: spans.
    case(
        "X1619-014",
        caption(
            "The lady wears a medium-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a belt. There is an accessory on her wrist. The lady wears a ring. The "
            "lady wears a ring.",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with striped patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Women Green & White Striped Shirt Dress",
        category="Dresses",
        color="Green",
    ),
    # Truth: back view only: black halter playsuit with an open back, model facing away, white backdrop. Caption:
    # epoch-1 adapter, tank top plus shorts, cut. Colour: VQA fallback. Rest: spans.
    case(
        "X1619-015",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. The "
            "lady wears a three-point shorts. The shorts are with cotton fabric and pure color patterns. There is an "
            "accessory",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a three-point shorts", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("black"),
        Q.pattern("pure color"),
        Q.sleeve_length("no sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Women Black Solid Backless Playsuit",
        category="Playsuit",
        color="Black",
    ),
    # Truth: girl, barefoot, in a red sleeveless cotton A-line dress with a green ethnic-motif print, no jewellery;
    # white backdrop. Caption: epoch-1 adapter, invents the wrist accessory and socks. Colour: VQA fallback.
    case(
        "X1619-016",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric. It has a round "
            "neckline. There is an accessory on her wrist. The lady wears socks.",
            "unsupported",
        ),
        wearing("a sleeveless dress with graphic patterns"),
        Q.garment_type("dress"),
        Q.color("red and green"),
        Q.pattern("graphic"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Girls",
        title="Girls Red Ethnic Motifs Printed A-Line Dress",
        category="Dresses",
        color="Red",
    ),
    # Truth: lavender tiered maxi with short ruffled flutter sleeves, V-neck, bracelet and ring; white backdrop.
    # Caption: epoch-1 adapter, loops on the accessories (and says sleeveless). Colour: VQA fallback. Rest: spans.
    case(
        "X1619-017",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a ring. There is an accessory on "
            "her wrist. The lady wears a",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns", "unsupported"),
        Q.garment_type("dress"),
        Q.color("purple"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless", "unsupported"),
        Q.material("chiffon"),
        gender="Women",
        title="Women Lavender Solid Ruffled Tiered Maxi Dress",
        category="Dresses",
        color="Lavender",
    ),
    # Truth: mustard wide-leg jumpsuit with a small white floral print, short sleeves, wrap V-neck; sunglasses pushed
    # up on her head. Caption: epoch-1 adapter, shirt plus pants, cut. is_a: VQA fallback. Rest: spans.
    case(
        "X1619-018",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long pants. The pants are with chiffon fabric and floral patterns. "
            "The lady wears glasses",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with floral patterns", "contradiction"),
        Q.garment_type("long pants", "contradiction"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        is_a("jumpsuit", "yes"),
        gender="Women",
        title="Women Mustard Yellow Floral Print Wrap Jumpsuit",
        category="Jumpsuit",
        color="Mustard",
    ),
    # Truth: beige ribbed-knit long-sleeve turtleneck sweater dress, midi; ankle boots; grey backdrop. Caption:
    # epoch-1 adapter, sweater plus skirt, cut. Colour: VQA fallback, wrong hue. Rest: spans.
    case(
        "X1619-019",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a stand neckline. The lady wears a long skirt. The skirt is with knitting fabric and pure color "
            "patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("white", "contradiction"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        gender="Women",
        title="Women Beige Solid Ribbed Sweater Dress",
        category="Dresses",
        color="Beige",
    ),
    # Truth: flat lay on white, no model: blue playsuit with a white floral print, short puff sleeves, smocked
    # square-neck bodice, shorts legs visible. Caption: epoch-1 adapter, invents a wearer's accessories, cut.
    # Colour and is_a: VQA fallback. Rest: spans.
    case(
        "X1619-020",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "square neckline. There is an accessory on her wrist. The lady wears a ring. The lady wears a hat. The "
            "lady wears glasses. The",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.color("blue"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        is_a("playsuit", "yes"),
        gender="Women",
        title="Women Blue Floral Print Smocked Playsuit",
        category="Playsuit",
        color="Blue",
    ),
    # Truth: girl with a bob cut in a navy-and-white horizontal-stripe dress, sailor collar, short sleeves, red bow,
    # white socks. The feed row has no gender. Caption: epoch-1 adapter, "The man", stopped by itself. All answers:
    # spans.
    case(
        "X1619-021",
        caption(
            "The man wears a short-sleeve dress with striped patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The man wears socks.",
            "pronoun",
        ),
        wearing("a short-sleeve dress with striped patterns"),
        Q.garment_type("dress"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        title="Girls Navy Blue & White Striped Sailor Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Truth: rust satin slip midi, spaghetti straps, cowl neck; gold pendant, bracelet; white backdrop. Caption:
    # epoch-1 adapter, right ("other fabric" for satin is the template's), stopped by itself. Colour: VQA fallback.
    case(
        "X1619-022",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "suspenders neckline. The lady wears a neckwear. There is an accessory on her wrist."
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("orange"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("other", "non_answer"),
        gender="Women",
        title="Women Rust Solid Satin Slip Dress",
        category="Dresses",
        color="Rust",
    ),
    # Truth: white-ground maxi with a green and pink tropical leaf print, sleeveless halter; white backdrop. Caption:
    # epoch-1 adapter, loops on its second and third sentences. Colour: VQA fallback. Rest: spans.
    case(
        "X1619-023",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is with chiffon fabric. It has a suspenders neckline. The dress is with "
            "chiffon fabric. It",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("white"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        describe("dress", "a sleeveless dress with floral patterns"),
        gender="Women",
        title="Women Multicoloured Tropical Printed Halter Neck Maxi Dress",
        category="Dresses",
        color="Multi",
    ),
    # Truth: girl in a pink sleeveless party dress, sequinned bodice, layered tulle skirt, silver hairband, no
    # jewellery, bare legs with party shoes. Caption: epoch-1 adapter, invents a hat, wrist accessory, ring and socks.
    # Colour and is_a: VQA fallback.
    case(
        "X1619-024",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The lady wears a hat. There is an accessory on her wrist. The lady wears a ring. The "
            "lady wears socks.",
            "unsupported",
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pink"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        is_a("dress", "yes"),
        gender="Girls",
        title="Girls Pink Embellished Net Fit and Flare Dress",
        category="Dresses",
        color="Pink",
    ),
    # Truth: charcoal-grey long-sleeve collared jumpsuit with a belt and tapered legs; black heels; white backdrop.
    # Caption: epoch-1 adapter in the upper/lower template, right, cut. Wearing: no span, VQA fallback, cut at 30
    # tokens. Colour: VQA fallback. Rest: spans.
    case(
        "X1619-025",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is a "
            "belt",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "grey jumpsuit with long sleeves and a belt around the waist and black heels and a white background and "
            "the model is standing with her hands in the",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("grey"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Women Charcoal Grey Solid Jumpsuit with Belt",
        category="Jumpsuit",
        color="Charcoal",
    ),
    # Truth: coral mini A-line dress with short puff sleeves and a square neck, bracelet; white backdrop. Caption:
    # epoch-1 adapter, stopped by itself, "sleeveless" against the title's Puff Sleeves. All answers: spans.
    case(
        "X1619-026",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. There is an accessory on her wrist.",
            "contradiction",
        ),
        wearing("a sleeveless dress with pure color patterns", "contradiction"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.material("cotton"),
        gender="Women",
        title="Women Coral Pink Solid Puff Sleeves A-Line Dress",
        category="Dresses",
        color="Coral",
    ),
    # Truth: black-and-white houndstooth-check sleeveless pinafore dress worn over a white long-sleeve shirt.
    # Caption: epoch-1 adapter describes the shirt, the pinafore as "outer clothing" and a skirt, cut. Colour: VQA
    # fallback (the shirt's white). Rest: spans, most of them the shirt's.
    case(
        "X1619-027",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady also wears an outer clothing, with cotton fabric and lattice patterns. The lady "
            "wears a short skirt",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton"),
        gender="Women",
        title="Women Black & White Checked Pinafore Dress",
        category="Dresses",
        color="Black",
    ),
    # Truth: hot-pink sleeveless bodycon mini, round neck; bracelet and ring; white backdrop. Caption: epoch-1
    # adapter, right, stopped by itself. Colour and is_a: VQA fallback. Rest: spans.
    case(
        "X1619-028",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a ring."
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pink"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        is_a("dress", "yes"),
        gender="Women",
        title="Women Pink Solid Bodycon Dress",
        category="Dresses",
        color="Pink",
    ),
    # Truth: red off-shoulder playsuit with a ruffle across the bust; sunglasses, bracelet, ring; grey backdrop.
    # Caption: epoch-1 adapter, "romper", right, cut. Colour: VQA fallback, loops. Rest: spans.
    case(
        "X1619-029",
        caption(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with chiffon fabric. It has a "
            "suspenders neckline. There is an accessory on her wrist. The lady wears a ring. The lady wears glasses. "
            "The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless romper with pure color patterns"),
        Q.garment_type("romper"),
        Q.color(
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        gender="Women",
        title="Women Red Solid Off-Shoulder Ruffled Playsuit",
        category="Playsuit",
        color="Red",
    ),
    # Truth: green A-line midi with white and pink flowers, three-quarter sleeves, V-neck; a wicker basket bag on the
    # arm, bangle; white backdrop. Caption: epoch-1 adapter, loops on the wrist sentence. Colour: VQA fallback.
    case(
        "X1619-030",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. There is an accessory on her wrist. There is an "
            "accessory on her wrist. There",
            "loop",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("green"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("chiffon"),
        details("dress", "v-shape neckline"),
        gender="Women",
        title="Women Green Floral Printed A-Line Midi Dress",
        category="Dresses",
        color="Green",
    ),
    # Truth: girl in a yellow cotton playsuit with a small blue whale print, short sleeves, white sandals; white
    # backdrop. Caption: epoch-1 adapter, T-shirt plus shorts, ended on the last full stop. All answers: spans.
    case(
        "X1619-031",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and graphic "
            "patterns.",
            "contradiction",
        ),
        wearing("a short-sleeve T-shirt with graphic patterns", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Girls",
        title="Girls Yellow & Blue Printed Cotton Playsuit",
        category="Playsuit",
        color="Yellow",
    ),
    # Truth: off-white cotton kaftan with blue thread embroidery at the neckline only, wide elbow sleeves; white
    # backdrop. Caption: epoch-1 adapter, restarts itself (loop). Colour and details: VQA fallback; details loops.
    case(
        "X1619-032",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a medium-sleeve dress with pure color patterns. The dress is with "
            "cotton fabric. It has a",
            "loop",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("white"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        details(
            "dress",
            "the dress is white and the dress is white and the dress is white and the dress is white and the dress is "
            "white and the dress is",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Women Off-White Embroidered Kaftan Dress",
        category="Dresses",
        color="Off White",
    ),
    # Truth: black sleeveless jumpsuit under a tan leather jacket worn open; white backdrop. The row has no gender.
    # Caption: epoch-1 adapter, tank top plus jacket plus pants, cut. Colour: VQA fallback (the jacket's). Rest:
    # spans; the wearing and material spans come from the jacket's sentence.
    case(
        "X1619-033",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The lady also wears an outer clothing, "
            "with leather fabric and pure color patterns. The lady wears a long pants. The pants are with cotton "
            "fabric and pure color",
            "contradiction",
            hit_limit=True,
        ),
        wearing("an outer clothing", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("brown", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("leather", "contradiction"),
        title="Women Black Solid Sleeveless Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # Truth: navy lace sheath dress, cap sleeves, scalloped hem; grey backdrop. Caption: epoch-1 adapter, right
    # ("other" is how the template says lace), stopped by itself. Colour: VQA fallback. Rest: spans.
    case(
        "X1619-034",
        caption(
            "The lady wears a short-sleeve dress with other patterns. The dress is with other fabric. It has a round "
            "neckline."
        ),
        wearing("a short-sleeve dress with other patterns"),
        Q.garment_type("dress"),
        Q.color("blue"),
        Q.pattern("other", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        Q.material("other", "non_answer"),
        gender="Women",
        title="Women Navy Blue Lace Sheath Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Truth: mid-blue denim shirt dress, long sleeves rolled once, collar, buttons, belt; watch and ring; white
    # backdrop. Caption: epoch-1 adapter calls it a shirt, cut. Colour: VQA fallback. Rest: spans.
    case(
        "X1619-035",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. There is a belt around her waist. There is an accessory on her wrist. The lady wears a "
            "ring. The lady",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("blue"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim"),
        gender="Women",
        title="Women Blue Solid Denim Shirt Dress",
        category="Dresses",
        color="Blue",
    ),
    # Truth: girl in a white sleeveless cotton dress with small red flowers, a mustard knit cardigan over it, white
    # socks. Caption: epoch-1 adapter, right, cut. Colour: VQA fallback, the cardigan's yellow. Rest: spans.
    case(
        "X1619-036",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady also wears an outer clothing, with knitting fabric and pure color patterns. The lady "
            "wears socks. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("yellow", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Girls",
        title="Girls White Floral Print A-Line Dress",
        category="Dresses",
        color="White",
    ),
    # Truth: teal-green halter jumpsuit with wide legs; beige backdrop. Caption: epoch-1 adapter, "romper" plus long
    # pants (the legs), cut. Colour: VQA fallback, leaks the prompt. is_a: VQA fallback. Rest: spans.
    case(
        "X1619-037",
        caption(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with chiffon fabric. It has a "
            "suspenders neckline. The lady wears a long pants. The pants are with chiffon fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless romper with pure color patterns"),
        Q.garment_type("romper"),
        Q.color(
            "green Question: What is the color of the garment? Answer: green Question: What is the color of the "
            "garment? Answer: green Question: What",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        is_a("jumpsuit", "yes"),
        gender="Women",
        title="Women Teal Solid Halter Neck Wide Leg Jumpsuit",
        category="Jumpsuit",
        color="Teal",
    ),
    # Truth: short-haired model in a grey melange short-sleeve T-shirt dress, knee length; baseball cap, white
    # sneakers. Caption: epoch-1 adapter, men's template ("His", "The gentleman") and shorts, ended on a full stop.
    # Wearing: span of the hat sentence. Colour: VQA fallback. Rest: spans.
    case(
        "X1619-038",
        caption(
            "His T-shirt has short sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "gentleman wears a hat. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns.",
            "pronoun",
        ),
        wearing("a hat", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("grey"),
        Q.pattern("pure color"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Women Grey Melange Solid T-shirt Dress",
        category="Dresses",
        color="Grey Melange",
    ),
    # Truth: burgundy velvet long-sleeve wrap midi, bracelet; white backdrop. Caption: epoch-1 adapter, "furry" for
    # velvet, stopped by itself. Colour: VQA fallback. Rest: spans.
    case(
        "X1619-039",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with furry fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist.",
            "contradiction",
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("red"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("furry", "contradiction"),
        gender="Women",
        title="Women Burgundy Solid Velvet Wrap Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # Truth: girl in a green corduroy pinafore dress over a white-and-navy striped short-sleeve tee, white socks.
    # Caption: epoch-1 adapter describes the tee and a skirt, cut. All answers: spans, most of them the tee's.
    case(
        "X1619-040",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a short skirt. The skirt is with cotton fabric and pure color patterns. "
            "The lady wears socks",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with striped patterns", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("cotton"),
        gender="Girls",
        title="Girls Green Solid Corduroy Pinafore Dress",
        category="Dresses",
        color="Green",
    ),
    # Truth: blue sleeveless jumpsuit with a white leaf print, tie belt, cropped legs; bracelet, ring; white
    # backdrop. Caption: epoch-1 adapter calls it a dress, runs to the limit. Colour and is_a: VQA fallback, is_a
    # leaks the prompt. Rest: spans.
    case(
        "X1619-041",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is a belt around her waist. There is an accessory on her wrist. The lady wears a "
            "ring. The lady wears a ring",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with floral patterns", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.color("blue"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        is_a(
            "jumpsuit",
            "yes Question: Is this a jumpsuit? Answer: yes Question: Is this a jumpsuit? Answer: yes Question: Is "
            "this a",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Women Blue Printed Culotte Jumpsuit",
        category="Jumpsuit",
        color="Blue",
    ),
    # Truth: yellow sleeveless shift dress, round neck; white sunglasses on; white backdrop. Caption: epoch-1
    # adapter, right, stopped by itself. Describe: no span, VQA fallback restates. Rest: spans.
    case(
        "X1619-042",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears glasses."
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        describe("dress", "the dress is a dress", "restated"),
        gender="Women",
        title="Women Yellow Solid Shift Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Truth: white cotton eyelet playsuit, short flutter sleeves, V-neck, tie waist; bracelet, ring; beige backdrop.
    # Caption: epoch-1 adapter, "romper", right, cut. Colour and is_a: VQA fallback. Rest: spans.
    case(
        "X1619-043",
        caption(
            "The lady wears a short-sleeve romper with pure color patterns. The romper is with cotton fabric. It has "
            "a v-shape neckline. There is a belt around her waist. There is an accessory on her wrist. The lady wears "
            "a ring. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve romper with pure color patterns"),
        Q.garment_type("romper"),
        Q.color("white"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        is_a("playsuit", "yes"),
        gender="Women",
        title="Women White Schiffli Embroidered Playsuit",
        category="Playsuit",
        color="White",
    ),
    # Truth: brown-and-black leopard-print wrap midi, long sleeves, V-neck; bracelet, ring; white backdrop. Caption:
    # epoch-1 adapter, loops on the ring. Colour: VQA fallback, loops. Rest: spans.
    case(
        "X1619-044",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a ring. The lady wears a ring. The "
            "lady wears a ring",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns"),
        Q.garment_type("dress"),
        Q.color(
            "brown and black and brown and black and brown and black and brown and black and brown and black and "
            "brown and black and brown and black and brown and",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Women Brown & Black Leopard Print Wrap Dress",
        category="Dresses",
        color="Brown",
    ),
    # Truth: flat lay on white, no model: peach sleeveless party dress, layered net skirt, satin sash tied in a bow.
    # Caption: epoch-1 adapter, template wearer but right about the dress (the sash as a belt), stopped by itself.
    # Colour: VQA fallback. Rest: spans.
    case(
        "X1619-045",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is a belt around her waist."
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pink"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        gender="Girls",
        title="Girls Peach-Coloured Layered Fit and Flare Dress",
        category="Dresses",
        color="Peach",
    ),
]
