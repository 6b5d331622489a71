"""BLIND_1609 (45 products; Myntra men's innerwear, nightwear and lounge, base BLIP-2 zero-shot): written blind in the
sixty-sixth session. Measured blind at 5d4d43a (the session's fifth rules): 53/72 failures found (73.6%) and 12/220
correct texts flagged (5.5%). The writer's notes, verbatim:

Scenario: a Myntra men's feed of innerwear vests, boxers and trunks, night suits and pyjamas, track pants, lounge
shorts, lounge pants and one lounge t-shirt. Catalog shots: a model on a plain white or grey backdrop wearing the
product with another garment (a vest over the boxers, a t-shirt over the track pants), a few torso crops without a
face, two back views, flat lays of multi-packs and folded sets, and two props (a coffee mug with sunglasses on a wooden
table, a mug in the model's hand). Catalog columns as the feed has them: title, category (Myntra's article type),
color (base colour), gender; the feed leaves out a column now and then (004 and 020 have no gender, 017 and 040 no
category).
Who wrote what: every text is from the untuned Salesforce/blip2-opt-2.7b (8-bit, no adapter), zero-shot, greedy. The
caption is the unprompted caption (max 50 new tokens); each question was asked as `Question: ... Answer:` in its own
generate (max 30 new tokens), with no newline stop, so an answer that does not end on eos runs on into the prompt
format or loops to the limit. The closed questions (type, pattern, sleeve length, yes/no) were free-generated too and
stored raw; the experiments' color question is stored as open for the same reason.
Labeling conventions and judgement calls: judged against the photo described in the comment above each case and the
title. Fewer than four in ten texts are wrong: plain solid garments on plain backdrops are easy for the base model's
short answers (captions, "What is he wearing?", pattern, sleeve length, mostly right), and the failures gather where the
base model is known to be weak: the details/describe questions (bare garment names, invented pockets, logos and
drawstrings, loops and runs into the next `Question:`), and the product's color taken from the other garment in the
shot. A color question answered with the other garment's color is other_garment_color; a color, material or garment type
that the seller's columns or the title rule out is contradiction (a single color for a Multi pack too, and "yes" to "Is
this a pair of jeans/leggings?" for track or lounge pants, the model's yes-bias). "cotton" where the title names modal
or cotton is wrong/right by the title; "cotton" or "silk" for a synthetic (rapid-dry, tricot, satin) the title does not
spell out is unsupported. A detail the photo cannot show (a front logo in a back view, a waistband hidden by the
t-shirt) or does not have is unsupported. A details answer that is only the garment's name, the question's words, or a
remark about the scene is non_answer, and so are "plaid" to a color question and "nothing" to "What is he wearing?" in a
flat lay; a tautology ("the shirt is a shirt") is restated. An answer that runs into `Question: ... Answer:` is leak
even when it also repeats. "a woman" for a man in a men's feed is pronoun. A wrong color for the other garment in the
wearing answer ("white pants" where the caption has the blue pants right) is contradiction. Judged correct although
thin: "white" as a description, "underwear" for vest plus trunks, "red" for maroon, "black" for charcoal, "blue" for
navy-and-grey checks, "floral" for a tropical leaf print, "t-shirt" for a short-sleeved innerwear vest, "tank tops" as
what "he" wears in a flat lay with no one in it.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing


def col(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """The experiments' color question, free-generated (stored open)."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


def he(text: str, failure: str | None = None, hit_limit: bool = False):
    return wearing(text, failure, who="he", hit_limit=hit_limit)


BLIND_1609 = [
    # 001 Photo: model front, white ribbed sleeveless vest, mid-blue jeans, white backdrop.
    # All texts: base BLIP-2 OPT-2.7b zero-shot (unprompted caption, free-generated answers).
    case(
        "X1609-001",
        caption("a man in a white tank top and jeans"),
        he("a white tank top"),
        col("vest", "white"),
        describe("vest", "white"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men White Solid Cotton Innerwear Vest 8820",
        category="Innerwear Vests",
        color="White",
    ),
    # 002 Photo: model front in one white vest and grey melange track pants; inset of the three folded vests at the
    # bottom left. All texts: base BLIP-2 zero-shot.
    case(
        "X1609-002",
        caption("a man in a white tank top and grey sweatpants"),
        he("a white tank top and grey sweatpants"),
        col("vest", "grey", "other_garment_color"),
        describe("vest", "it is a white tank top"),
        Q.garment_type("tank top"),
        Q.material("cotton"),
        gender="Men",
        title="Dollar Bigboss Men Pack of 3 White Solid Cotton Innerwear Vests",
        category="Innerwear Vests",
        color="White",
    ),
    # 003 Photo: torso crop, chin to upper thigh, no face: black scoop-neck vest, grey melange trunks, white backdrop.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1609-003",
        caption("a woman in a black tank top and grey underwear", "pronoun"),
        he("a black tank top"),
        col("vest", "black"),
        describe("vest", "a vest", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        is_a("vest", "no", "contradiction"),
        gender="Men",
        title="Van Heusen Men Black Solid Innerwear Vest",
        category="Innerwear Vests",
        color="Black",
    ),
    # 004 Photo: flat lay, five vests fanned out on white: white, grey, navy, black, maroon. No person.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1609-004",
        caption("a stack of five tank tops on a white background"),
        he("tank tops"),
        col("vest", "white", "contradiction"),
        describe("vest", "a vest is a sleeveless garment worn under a shirt", "non_answer"),
        Q.pattern("solid"),
        Q.garment_type("tank top"),
        Q.material("cotton"),
        title="Rupa Frontline Men Pack of 5 Assorted Cotton Innerwear Vests",
        category="Innerwear Vests",
        color="Multi",
    ),
    # 005 Photo: model front, grey melange vest, black knit shorts, light grey backdrop. Title says modal.
    # All texts: base BLIP-2 zero-shot; the describe answer did not stop and ran into the prompt format.
    case(
        "X1609-005",
        caption("a man in a grey tank top and black shorts"),
        he("a grey tank top and black shorts"),
        col("vest", "grey"),
        describe("vest", "grey Question: What is the color of the shorts? Answer: black", "leak"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="XYXX Men Grey Melange Solid Micro Modal Innerwear Vest",
        category="Innerwear Vests",
        color="Grey Melange",
    ),
    # 006 Photo: model front, white round-neck innerwear vest with short sleeves (looks like a fitted t-shirt), dark
    # blue jeans. All texts: base BLIP-2 zero-shot.
    case(
        "X1609-006",
        caption("a man in a white t-shirt and jeans"),
        he("a white t-shirt"),
        col("vest", "white"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.garment_type("t-shirt"),
        Q.material("cotton"),
        gender="Men",
        title="Lux Cozi Men White Solid Round Neck Short Sleeve Cotton Innerwear Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # 007 Photo: model front, navy racerback gym vest with a small white logo at the left chest, black track pants,
    # dark grey backdrop. All texts: base BLIP-2 zero-shot.
    case(
        "X1609-007",
        caption("a man in a blue tank top and black pants"),
        he("a tank top and black pants"),
        col("vest", "black", "other_garment_color"),
        describe("vest", "it is a vest", "non_answer"),
        Q.sleeve_length("sleeveless"),
        is_a("tank top", "yes"),
        gender="Men",
        title="Jockey Men Navy Blue Solid Racerback Gym Vest",
        category="Innerwear Vests",
        color="Navy Blue",
    ),
    # 008 Photo: model front, skin-coloured (beige) vest, charcoal trousers, white backdrop; under the studio light the
    # vest reads pale. All texts: base BLIP-2 zero-shot.
    case(
        "X1609-008",
        caption("a man in a white tank top and grey pants", "contradiction"),
        he("a tank top and pants"),
        col("vest", "white", "contradiction"),
        describe("vest", "a tan tank top"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Men",
        title="Hanes Men Beige Solid Cotton Innerwear Vest",
        category="Innerwear Vests",
        color="Beige",
    ),
    # 009 Photo: back view, charcoal ribbed vest, light blue jeans, white backdrop; the back of the vest is plain.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1609-009",
        caption("the back of a man in a grey tank top and jeans"),
        he("a grey tank top and jeans"),
        col("vest", "blue", "other_garment_color"),
        describe("vest", "it has a logo on the front", "unsupported"),
        Q.pattern("solid"),
        Q.material("cotton"),
        gender="Men",
        title="U.S. Polo Assn. Men Charcoal Grey Ribbed Cotton Innerwear Vest",
        category="Innerwear Vests",
        color="Charcoal",
    ),
    # 010 Photo: model front, olive green vest, black trunks, white backdrop.
    # All texts: base BLIP-2 zero-shot; the describe answer looped to the limit.
    case(
        "X1609-010",
        caption("a man in a green tank top and black underwear"),
        he("underwear"),
        col("vest", "black", "other_garment_color"),
        describe(
            "vest",
            "green tank top with a green tank top with a green tank top with a green tank top with a green tank top"
            " with a green",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        is_a("vest", "yes"),
        gender="Men",
        title="Macroman M-Series Men Olive Green Solid Sleeveless Vest",
        category="Innerwear Vests",
        color="Olive",
    ),
    # 011 Photo: model front, navy woven boxers with a small scattered white polo-player print, white vest, grey
    # backdrop. All texts: base BLIP-2 zero-shot.
    case(
        "X1609-011",
        caption("a man in a white tank top and blue boxer shorts"),
        he("boxer shorts"),
        col("boxers", "blue"),
        details("boxers", "boxers", "non_answer"),
        Q.pattern("printed"),
        Q.material("cotton"),
        is_a("pair of boxers", "yes"),
        gender="Men",
        title="U.S. Polo Assn. Men Navy Blue Printed Cotton Boxers I659",
        category="Boxers",
        color="Navy Blue",
    ),
    # 012 Photo: flat lay, three folded boxers: blue check, red check, grey check. No person.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1609-012",
        caption("three pairs of plaid boxer shorts on a white background"),
        he("boxers"),
        col("boxers", "plaid", "non_answer"),
        details("boxers", "they are boxers", "non_answer"),
        Q.pattern("plaid"),
        Q.material("cotton"),
        gender="Men",
        title="Marks & Spencer Men Pack of 3 Checked Pure Cotton Boxers",
        category="Boxers",
        color="Multi",
    ),
    # 013 Photo: model front, white crew-neck t-shirt hanging over the waistband, grey melange knit boxers, white
    # backdrop; the waistband is not visible. All texts: base BLIP-2 zero-shot.
    case(
        "X1609-013",
        caption("a man in a white t-shirt and grey shorts"),
        he("a white shirt and grey shorts"),
        col("boxers", "white", "other_garment_color"),
        details("boxers", "they have an elastic waistband with the jockey logo on it", "unsupported"),
        Q.pattern("solid"),
        is_a("pair of boxers", "no", "contradiction"),
        gender="Men",
        title="Jockey Men Grey Melange Solid Knit Boxer Shorts 1223",
        category="Boxers",
        color="Grey Melange",
    ),
    # 014 Photo: model front, red-and-navy striped woven boxers with a one-button fly, navy t-shirt, white backdrop.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1609-014",
        caption("a man in a blue shirt and red and blue striped shorts"),
        he("a blue t-shirt and striped shorts"),
        col("boxers", "red"),
        details("boxers", "they have a button fly"),
        Q.pattern("striped"),
        Q.material("cotton"),
        gender="Men",
        title="Tommy Hilfiger Men Red & Navy Blue Striped Woven Cotton Boxers",
        category="Boxers",
        color="Red",
    ),
    # 015 Photo: model front, black vest and black knit boxers, light grey backdrop.
    # All texts: base BLIP-2 zero-shot; the details answer looped to the limit.
    case(
        "X1609-015",
        caption("a man in a black tank top and black shorts"),
        he("black underwear"),
        col("boxers", "black"),
        details(
            "boxers",
            "the boxers are black and the boxers are black and the boxers are black and the boxers are black and the"
            " boxers are black and the",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        is_a("pair of boxers", "yes"),
        gender="Men",
        title="Van Heusen Men Black Solid Knitted Boxers",
        category="Boxers",
        color="Black",
    ),
    # 016 Photo: flat lay on a wooden table, boxers with a tropical print (green palm leaves and yellow pineapples on
    # white), a brown coffee mug and sunglasses beside them. All texts: base BLIP-2 zero-shot.
    case(
        "X1609-016",
        caption("a pair of boxer shorts with palm trees on them next to a cup of coffee"),
        he("boxer shorts"),
        col("boxers", "brown", "contradiction"),
        details("boxers", "they have palm trees and flamingos on them", "unsupported"),
        Q.pattern("floral"),
        Q.garment_type("shorts"),
        Q.material("cotton"),
        gender="Men",
        title="Bummer Men Multicoloured Tropical Printed Cotton Boxers",
        category="Boxers",
        color="Multi",
    ),
    # 017 Photo: model front, white t-shirt, olive green boxers with a covered elastic waistband and no drawstring,
    # white backdrop. Category column missing in the feed. All texts: base BLIP-2 zero-shot.
    case(
        "X1609-017",
        caption("a man in a white t-shirt and green shorts"),
        he("a white t-shirt and green shorts"),
        col("boxers", "green"),
        details("boxers", "they have a drawstring", "unsupported"),
        Q.pattern("solid"),
        Q.material("cotton"),
        is_a("pair of shorts", "yes"),
        gender="Men",
        title="Almo Wear Men Olive Green Solid Cotton Boxers",
        color="Olive",
    ),
    # 018 Photo: back view, white vest, blue checked woven boxers; the waistband reads "Calvin Klein" across the back.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1609-018",
        caption("a man in a white tank top and blue plaid shorts"),
        he("a white tank top and blue plaid shorts"),
        col("boxers", "white", "other_garment_color"),
        details("boxers", "calvin klein"),
        Q.pattern("plaid"),
        is_a("pair of boxers", "yes"),
        gender="Men",
        title="Calvin Klein Underwear Men Blue Checked Woven Boxers",
        category="Boxers",
        color="Blue",
    ),
    # 019 Photo: model front, grey t-shirt, maroon knit boxers, white backdrop.
    # All texts: base BLIP-2 zero-shot; the details answer ran on into the prompt format to the limit.
    case(
        "X1609-019",
        caption("a man in a grey t-shirt and red shorts"),
        he("a grey shirt and red shorts"),
        col("boxers", "purple", "contradiction"),
        details(
            "boxers",
            "they are red Question: What are the boxers details? Answer: they are red Question: What are the boxers"
            " details? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.material("cotton"),
        gender="Men",
        title="Hanes Men Maroon Solid Cotton Boxers",
        category="Boxers",
        color="Maroon",
    ),
    # 020 Photo: flat lay, folded beige boxers with a small navy anchor print, white backdrop. No person. Gender column
    # missing in the feed. All texts: base BLIP-2 zero-shot.
    case(
        "X1609-020",
        caption("a pair of beige boxer shorts with anchors on them"),
        he("nothing", "non_answer"),
        col("boxers", "white", "contradiction"),
        details("boxers", "they have anchors on them"),
        Q.pattern("anchors"),
        Q.material("cotton"),
        title="Nautica Men Beige Anchor Printed Cotton Boxers",
        category="Boxers",
        color="Beige",
    ),
    # 021 Photo: model front, white vest, black trunks with a black waistband lettered JOCKEY in white, white backdrop.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1609-021",
        caption("a man in a white tank top and black underwear"),
        he("underwear"),
        col("trunks", "white", "other_garment_color"),
        details("trunks", "they have a white waistband with the word jockey on it", "unsupported"),
        Q.material("cotton"),
        is_a("pair of shorts", "no"),
        gender="Men",
        title="Jockey Men Black Solid Cotton Stretch Trunks 1015",
        category="Trunk",
        color="Black",
    ),
    # 022 Photo: model front, black crew t-shirt, navy trunks; inset of the second pair (grey) at the right.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1609-022",
        caption("a man in a black t-shirt and blue underwear"),
        he("a black t-shirt and blue underwear"),
        col("trunks", "black", "other_garment_color"),
        details("trunks", "the trunks are navy blue and the trunks are grey"),
        Q.garment_type("underwear"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="XYXX Men Pack of 2 Solid Micro Modal Trunks",
        category="Trunk",
        color="Multi",
    ),
    # 023 Photo: model standing, navy-and-white checked button-front pyjama shirt, notch collar, long sleeves, one
    # chest pocket on the left, navy piping, matching checked pants, grey backdrop.
    # All texts: base BLIP-2 zero-shot; the describe answer was cut at the limit.
    case(
        "X1609-023",
        caption("a man in blue plaid pajamas"),
        he("pajamas"),
        col("shirt", "blue"),
        col("pants", "blue"),
        describe(
            "shirt",
            "the shirt is a plaid shirt with a collar and buttons down the front and a pocket on the left side of"
            " the chest and a pocket on the",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        Q.material("cotton"),
        gender="Men",
        title="Marks & Spencer Men Navy Blue & White Checked Pure Cotton Pyjama Set",
        category="Night suits",
        color="Navy Blue",
    ),
    # 024 Photo: model barefoot, plain grey melange round-neck t-shirt (no pocket) and grey melange pyjama pants,
    # white backdrop. All texts: base BLIP-2 zero-shot; the wearing answer looped to the limit.
    case(
        "X1609-024",
        caption("a man in a grey t-shirt and grey pants"),
        he(
            "a gray shirt and gray pants and a gray shirt and gray pants and a gray shirt and gray pants and a gray"
            " shirt and gray",
            "loop",
            hit_limit=True,
        ),
        col("shirt", "grey"),
        col("pants", "grey"),
        describe("shirt", "it has a pocket on the chest", "unsupported"),
        Q.sleeve_length("short"),
        Q.material("cotton"),
        is_a("dress", "no"),
        gender="Men",
        title="Hanes Men Grey Melange Solid Cotton T-shirt & Pyjama Set",
        category="Night suits",
        color="Grey Melange",
    ),
    # 025 Photo: model front, navy t-shirt with a small chest logo, navy-and-grey checked pyjama pants, white
    # backdrop. All texts: base BLIP-2 zero-shot; the pants color ran on into the prompt format to the limit.
    case(
        "X1609-025",
        caption("a man in a blue t-shirt and plaid pajama pants"),
        he("a blue shirt and plaid pants"),
        col("shirt", "blue"),
        col(
            "pants",
            "blue Question: What is the color of the shirt? Answer: blue Question: What is the color of the shirt?"
            " Answer: blue",
            "leak",
            hit_limit=True,
        ),
        details("pants", "they are pajama pants", "non_answer"),
        Q.pattern("plaid"),
        Q.sleeve_length("short"),
        gender="Men",
        title="Jockey Men Navy Blue T-shirt & Checked Pyjama Set",
        category="Night suits",
        color="Navy Blue",
    ),
    # 026 Photo: model front, maroon t-shirt printed "SLEEP MODE ON" in white across the chest, maroon-and-black
    # checked pyjama pants, white backdrop. Title says cotton. All texts: base BLIP-2 zero-shot.
    case(
        "X1609-026",
        caption("a man in a red shirt and plaid pants"),
        he("a red t-shirt and plaid pants"),
        col("shirt", "red"),
        col("pants", "red"),
        describe("shirt", "it says sleep mode on it"),
        Q.pattern("graphic"),
        Q.material("polyester", "contradiction"),
        gender="Men",
        title="Sweet Dreams Men Maroon Printed Cotton T-shirt & Pyjama Set",
        category="Night suits",
        color="Maroon",
    ),
    # 027 Photo: model front, red-and-white checked flannel button-front shirt with long sleeves and matching pants,
    # grey backdrop. All texts: base BLIP-2 zero-shot; the describe answer looped to the limit.
    case(
        "X1609-027",
        caption("a man in a red and white plaid pajama set"),
        he("plaid pajamas"),
        col("shirt", "red and white"),
        col("pants", "red and white"),
        describe(
            "shirt",
            "a red and white plaid flannel shirt with a red and white plaid flannel shirt with a red and white plaid"
            " flannel shirt with",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        Q.material("flannel"),
        gender="Men",
        title="Urban Scottish Men Red & White Checked Flannel Pyjama Set",
        category="Night suits",
        color="Red",
    ),
    # 028 Photo: model front, olive crew-neck sweatshirt with ribbed cuffs, olive joggers, white sneakers, white
    # backdrop. All texts: base BLIP-2 zero-shot.
    case(
        "X1609-028",
        caption("a man in a green sweatshirt and green pants"),
        he("a green sweat suit"),
        col("shirt", "green"),
        col("pants", "green"),
        describe("shirt", "the shirt is a shirt", "restated"),
        Q.garment_type("sweatshirt"),
        Q.material("cotton"),
        is_a("pair of jeans", "no"),
        gender="Men",
        title="Mast & Harbour Men Olive Green Solid Cotton Fleece Tracksuit",
        category="Tracksuits",
        color="Olive",
    ),
    # 029 Photo: model front, royal blue polyester satin night suit: notch-collar long-sleeved shirt with white piping
    # on collar and cuffs, matching pants, grey backdrop. All texts: base BLIP-2 zero-shot.
    case(
        "X1609-029",
        caption("a man in blue satin pajamas"),
        he("pajamas"),
        col("shirt", "blue"),
        col("pants", "blue"),
        describe("shirt", "it has white trim on the collar and cuffs"),
        Q.sleeve_length("long"),
        Q.material("silk", "unsupported"),
        gender="Men",
        title="SmartRAHO Men Blue Satin Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # 030 Photo: flat lay, light blue collared shirt with a small navy print folded on top of navy pyjama pants, white
    # surface. No person. All texts: base BLIP-2 zero-shot.
    case(
        "X1609-030",
        caption("a blue shirt and pants folded on a white surface"),
        he("a blue shirt and blue pants"),
        col("shirt", "light blue"),
        col("pants", "light blue", "other_garment_color"),
        describe("shirt", "it has a collar and buttons"),
        Q.pattern("printed"),
        gender="Men",
        title="Dreamz by Pantaloons Men Blue Printed Cotton Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # 031 Photo: slim long-haired male model, teal t-shirt, teal shorts with a white palm print and a plain elastic
    # waist (no pockets with zips), flip-flops, white backdrop. All texts: base BLIP-2 zero-shot.
    case(
        "X1609-031",
        caption("a woman in a green t-shirt and shorts", "pronoun"),
        he("a t-shirt and shorts"),
        col("shirt", "green"),
        col("shorts", "green"),
        details("shorts", "they have a zipper pocket", "unsupported"),
        Q.sleeve_length("short"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Teal Printed Cotton Lounge T-shirt & Shorts Set",
        category="Night suits",
        color="Teal",
    ),
    # 032 Photo: model front, white t-shirt tucked up to show the waistband, grey checked pyjama pants with an elastic
    # waistband and a white drawstring, white backdrop. All texts: base BLIP-2 zero-shot.
    case(
        "X1609-032",
        caption("a man in a white t-shirt and grey plaid pants"),
        he("a white shirt and plaid pajama pants"),
        col("pants", "white", "other_garment_color"),
        details("pants", "they have an elastic waistband and a drawstring"),
        Q.pattern("plaid"),
        Q.material("cotton"),
        is_a("pair of pajamas", "yes"),
        gender="Men",
        title="Marks & Spencer Men Grey Checked Pure Cotton Pyjamas",
        category="Pyjamas",
        color="Grey",
    ),
    # 033 Photo: model front, white t-shirt, plain black polyester track pants (no stripe), white sneakers, white
    # backdrop. All texts: base BLIP-2 zero-shot.
    case(
        "X1609-033",
        caption("a man in a white t-shirt and black pants"),
        he("a white t-shirt and black sweatpants"),
        col("pants", "black"),
        details("pants", "they have a white stripe down the side", "unsupported"),
        Q.garment_type("pants"),
        Q.material("cotton", "unsupported"),
        is_a("pair of jeans", "yes", "contradiction"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Rapid-Dry Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # 034 Photo: model front, black hoodie (hood down, hands in the pouch), grey melange joggers with ribbed ankle
    # cuffs, white backdrop. All texts: base BLIP-2 zero-shot.
    case(
        "X1609-034",
        caption("a man in a black hoodie and grey sweatpants"),
        he("a black hoodie and grey sweatpants"),
        col("pants", "black", "other_garment_color"),
        details("pants", "the details of the pants are the details of the pants", "restated"),
        Q.garment_type("sweatpants"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Grey Melange Solid Regular Fit Cotton Joggers",
        category="Track Pants",
        color="Grey Melange",
    ),
    # 035 Photo: model front, white t-shirt, navy shiny tricot track pants with three white side stripes and a white
    # logo on the thigh, white backdrop. All texts: base BLIP-2 zero-shot.
    case(
        "X1609-035",
        caption("a man in a white shirt and blue adidas pants"),
        he("adidas track pants"),
        col("pants", "white", "other_garment_color"),
        details("pants", "three white stripes on the side"),
        Q.garment_type("track pants"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="ADIDAS Men Navy Blue Tiro Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # 036 Photo: side view, model in a grey t-shirt, black tapered track pants with zipped ankles and a small white
    # swoosh, white backdrop. All texts: base BLIP-2 zero-shot; the details answer began with the prompt's "Answer:".
    case(
        "X1609-036",
        caption("a man in a grey shirt and black pants is standing"),
        he("a grey shirt and black pants"),
        col("pants", "grey", "other_garment_color"),
        details("pants", "Answer: they are black", "leak"),
        Q.garment_type("pants"),
        is_a("pair of track pants", "yes"),
        gender="Men",
        title="Nike Men Black Solid Tapered Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # 037 Photo: model front, black t-shirt, olive joggers with slant side pockets, a back pocket, drawstring and
    # cuffed ankles (no cargo pockets), sneakers, white backdrop. All texts: base BLIP-2 zero-shot; the details
    # answer was cut at the limit.
    case(
        "X1609-037",
        caption("a man in a black t-shirt and green pants"),
        he("a black t-shirt and green pants"),
        col("pants", "green"),
        details(
            "pants",
            "they have a pocket on the side and a pocket on the back and a drawstring at the waist and elastic at the"
            " bottom of the",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("cargo pants", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Olive Green Solid Cotton Joggers",
        category="Track Pants",
        color="Olive",
    ),
    # 038 Photo: model front, white t-shirt, charcoal track pants with zipped side pockets, drawstring and a small
    # logo on the left thigh, white backdrop. All texts: base BLIP-2 zero-shot; the details answer was cut at the limit.
    case(
        "X1609-038",
        caption("a man in a white t-shirt and black pants"),
        he("a white t-shirt and black sweatpants"),
        col("pants", "grey"),
        details(
            "pants",
            "they have zippered pockets on both sides and an elastic waistband with a drawstring and a small logo on"
            " the left thigh near the",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweatpants"),
        is_a("pair of jeans", "no"),
        gender="Men",
        title="Jockey Men Charcoal Solid Straight Fit Track Pants 9500",
        category="Track Pants",
        color="Charcoal",
    ),
    # 039 Photo: model front, white sweatshirt, navy slim-fit shiny track pants, white backdrop.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1609-039",
        caption("a man in a white sweatshirt and blue pants"),
        he("sweatshirt"),
        col("pants", "blue"),
        details("pants", "pants", "non_answer"),
        Q.garment_type("pants"),
        Q.material("polyester"),
        is_a("pair of leggings", "yes", "contradiction"),
        gender="Men",
        title="Alcis Men Navy Blue Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # 040 Photo: flat lay, maroon track pants with a white logo on the left thigh, grey floor. No person. Category
    # column missing in the feed. All texts: base BLIP-2 zero-shot.
    case(
        "X1609-040",
        caption("a pair of red sweatpants on a gray background"),
        he("sweatpants"),
        col("pants", "red"),
        details("pants", "they have a white logo on the left leg"),
        Q.garment_type("pants"),
        is_a("pair of track pants", "yes"),
        gender="Men",
        title="Kappa Men Maroon Solid Track Pants",
        color="Maroon",
    ),
    # 041 Photo: model front, clean-shaven young man with a short crop, grey melange t-shirt, navy knit lounge shorts,
    # white backdrop. All texts: base BLIP-2 zero-shot.
    case(
        "X1609-041",
        caption("a woman in a gray t-shirt and blue shorts", "pronoun"),
        he("a gray t-shirt and blue shorts"),
        col("shorts", "gray", "other_garment_color"),
        details("shorts", "they are short", "non_answer"),
        Q.pattern("solid"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men Navy Blue Solid Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
    ),
    # 042 Photo: model barefoot, navy t-shirt, blue-and-white checked lounge pants, white backdrop.
    # All texts: base BLIP-2 zero-shot; the details answer looped to the limit.
    case(
        "X1609-042",
        caption("a man in a blue shirt and blue plaid pants"),
        he("pajamas"),
        col("pants", "blue"),
        details(
            "pants",
            "plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("plaid"),
        is_a("pair of pajamas", "yes"),
        gender="Men",
        title="Marks & Spencer Men Blue Checked Pure Cotton Lounge Pants",
        category="Lounge Pants",
        color="Blue",
    ),
    # 043 Photo: model front, white crew-neck lounge t-shirt with a small flag logo on the chest, navy lounge pants,
    # white backdrop. All texts: base BLIP-2 zero-shot.
    case(
        "X1609-043",
        caption("a man in a white t-shirt and blue pants"),
        he("a white t-shirt and white pants", "contradiction"),
        col("t-shirt", "white"),
        describe("t-shirt", "white t-shirt with a small logo on the chest"),
        Q.sleeve_length("short"),
        Q.material("cotton"),
        Q.garment_type("t-shirt"),
        gender="Men",
        title="Tommy Hilfiger Men White Solid Cotton Lounge T-shirt",
        category="Lounge Tshirts",
        color="White",
    ),
    # 044 Photo: model front, white t-shirt, black modal lounge pants with a soft drape, white backdrop. Title says
    # modal. All texts: base BLIP-2 zero-shot.
    case(
        "X1609-044",
        caption("a man in a white t-shirt and black pants"),
        he("black pants"),
        col("pants", "black"),
        details("pants", "they are made of cotton", "contradiction"),
        Q.garment_type("pants"),
        Q.material("cotton", "contradiction"),
        is_a("pair of leggings", "yes", "contradiction"),
        gender="Men",
        title="XYXX Men Black Solid Modal Lounge Pants",
        category="Lounge Pants",
        color="Black",
    ),
    # 045 Photo: model seated on a wooden stool holding a coffee mug, navy t-shirt, grey lounge shorts with a small
    # navy print, white backdrop. All texts: base BLIP-2 zero-shot.
    case(
        "X1609-045",
        caption("a man sitting on a stool holding a cup of coffee"),
        he("a blue shirt and gray shorts"),
        col("shorts", "gray"),
        details("shorts", "he is holding a cup of coffee", "non_answer"),
        Q.pattern("printed"),
        Q.material("cotton"),
        is_a("skirt", "no"),
        gender="Men",
        title="Dollar Men Grey Printed Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Grey",
    ),
]
