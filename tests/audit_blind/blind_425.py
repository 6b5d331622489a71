"""BLIND_425 (46 products; Brazilian women's swimwear and beachwear: bikinis, one-pieces, cover-ups, kaftans): written
blind in the forty-sixth session. Measured blind at 0917e5c (the session's rules as they stood): 85/109 failures
found (78.0%) and 5/136 correct texts flagged (3.7%). The writer's notes, verbatim:

Scenario: the English catalog feed of a Brazilian swimwear brand: triangle, bandeau, underwire and high-waisted
bikinis (many sold as sets, some with a top and a bottom in two colors), one-piece swimsuits (cutouts, ruffles,
one-shoulder, high-leg, a long-sleeve surf suit), and beachwear worn over swimwear: crochet and mesh cover-ups,
kaftans, sarongs tied at the hip, linen beach dresses, beach shorts and a linen shirt. Model shots on sandy beaches
(sea, palm trees, umbrellas, a pool edge) and on white studio backdrops; front views unless the comment says
otherwise. Each row has the seller's title, category, color and gender; a few rows miss the gender or the color.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman in a
red bikini on the beach") unless the comment says the caption adapter wrote them. The caption adapter (the
DeepFashion template, "The lady wears a sleeveless tank top with pure color patterns ...") was trained with no
end-of-answer token: its texts run to the limit (50 new tokens for captions, 30 for answers) and carry
hit_limit=True, and asked a question it returns its template. The open questions (wearing, description, details,
material, the set's own open questions) come from the base model unless the comment names the adapter; the base
model stops on its own and never has hit_limit. The closed questions (garment_type, color, pattern, sleeve_length,
the per-piece color questions and "Is this a ...?") are enrich's `--engine reference` answers chosen from
candidate sets: never a loop or a cut, wrong only by picking the wrong candidate.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: orange or pink for coral, brown or orange for terracotta, red
  for burgundy, blue for navy, turquoise or teal, green for lime, olive or emerald, white or cream for off white,
  beige or brown for nude and sand, yellow for mustard, pink for fuchsia, purple for lilac. A color of the print
  (the green leaves of a white tropical print) given as the garment's one color is a contradiction unless the seller
  names that color; an animal print answered "brown" or "black and white" is correct for leopard or zebra.
- Layered outfits: the swimwear under a cover-up, a kaftan, a sarong or beach shorts is another garment. The
  product's color question answered with the swimwear's color is other_garment_color; naming both pieces in
  their own colors ("a white crochet cover-up over a black bikini") is correct. A wearing answer that names only
  the visible swimwear under a sheer kaftan is correct (the question asks what the person wears).
- Garment synonyms are correct: swimsuit, bathing suit or one-piece for a one-piece swimsuit; two-piece for a
  bikini; dress or cover-up for a kaftan; wrap skirt, skirt or scarf-like "wrap" for a sarong; shirt for a linen
  beach shirt. A bikini called a one-piece (or the reverse), a kaftan called a bikini, shorts called a skirt, or the
  adapter's "tank top and shorts" / "romper" for swimwear are contradictions. The reference engine's garment_type
  or "Is this a ...?" naming the swimwear under a sarong or kaftan is a contradiction too (a garment, not a color).
- Adapter texts: a text that repeats a sentence of its template is loop (the repetition is what the auditor sees
  first, even where the template also misnames the garment); one that misnames the garment without repeating is
  contradiction (hit_limit kept); otherwise a text stopping mid-sentence is cut, even where it invents a fabric or
  an accessory before the cut. The template returned for the material question is restated; for "What is the person
  wearing?", "Describe the garment." or the details question it does answer, so it is cut or loop.
- Materials: nylon, polyester, spandex, lycra or "swimsuit material" for swimwear is correct; crochet, linen,
  cotton, mesh, rayon or chiffon where the title names it or the photo plainly shows it is correct; a material
  neither named nor visible (leather, silk on a polyester one-piece, wool, denim on linen shorts) is unsupported,
  and so is "cotton" for a ribbed lycra one-piece the title names.
- Invented things not in the photo (sunglasses, a hat, a necklace, a gold ring or buckle, a belt, a zipper, side
  ties on a bikini with plain sides, a back detail in a front view) are unsupported; real props and accessories in
  the photo (a straw hat she wears, a beach umbrella, palm trees, a pool) are correct.
- A base answer stopped early ("the swimsuit is made of a") is cut without hit_limit. An empty answer, "i don't
  know", "the swimsuit has details" and "it is made of fabric" are non_answer. A details or material answer that
  only gives back the garment's name or the question's words ("a black swimsuit" for the material, "the details of
  the bikini are the bikini") is restated.
- Base answers running on into "Question: ... Answer: ..." are leak, whatever their first words. A base answer
  that repeats a phrase three times ("a red swimsuit with a red swimsuit with a red swimsuit") is loop, though the
  base model did stop on its own.
- The material of a trim or hardware given as the garment's material ("gold" for a bikini with gold rings) is
  unsupported: the rings are there, the garment is not made of them.
- "he" or "his" for the woman is pronoun.
- Per-piece colors: a bikini top and bottom in two colors named in their own colors is correct; the top's color
  given for the bottom (or the reverse) is other_garment_color; one color for both pieces of a color-block set,
  where the photo shows two, is labelled on the piece it gets wrong.
- The reference engine's sleeve_length is "sleeveless" for all strapped swimwear (correct); a kaftan with wide
  elbow sleeves answered "long sleeves" is contradiction, "short sleeves" for a sleeveless beach dress too.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the bikini top?", "closed")
color_bottom = question("color_bottom", "What is the color of the bikini bottom?", "closed")
color_swimwear = question("color_swimwear", "What is the color of the swimwear under the cover-up?", "closed")
neckline = question("neckline", "What is the neckline of the swimsuit?", "open")
print_on = question("print", "What is the print on the garment?", "open")
straps = question("straps", "What kind of straps does the garment have?", "open")

BLIND_425 = [
    # photo: model in a coral triangle bikini with string ties at the hips, sandy beach, sea behind, front view.
    # adapter: none
    case(
        "X425-001",
        caption(
            "a woman in an orange bikini and sunglasses standing on the beach",
            "unsupported",
        ),
        D.wearing("a coral bikini"),
        color_top("orange"),
        color_bottom("orange"),
        D.details(
            "the bikini has ties on the sides and a gold ring in the middle",
            "unsupported",
        ),
        title="Ipanema Triangle Bikini Set",
        category="Bikinis",
        color="Coral",
        gender="Women",
    ),
    # photo: black one-piece swimsuit, deep v-neck, cutout at the waist, white studio backdrop, front view.
    # adapter: caption, details
    case(
        "X425-002",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a v-shape neckline. The lady wears a sleeveless tank top with pure color patterns. The tank",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black swimsuit"),
        D.color("black"),
        neckline("v-neck"),
        D.details(
            "The tank top is with cotton fabric and pure color patterns. It has a v-shape neckline. The tank top is "
            "with",
            "loop",
            hit_limit=True,
        ),
        D.material("a black swimsuit", "restated"),
        title="Leblon Cutout One-Piece Swimsuit",
        category="One-Piece Swimsuits",
        color="Black",
        gender="Women",
    ),
    # photo: bandeau bikini in a tropical print (green monstera leaves on white), palm trees and beach behind.
    # adapter: none
    case(
        "X425-003",
        caption("a woman in a bikini standing in front of palm trees"),
        D.wearing("a green and white bikini"),
        D.color("green", "contradiction"),
        print_on("leaves"),
        D.description("a strapless bikini with a leaf print and a matching hat", "unsupported"),
        title="Bahia Bandeau Bikini - Tropical Leaf Print",
        category="Bikinis",
        color="White",
        gender="Women",
    ),
    # photo: white crochet cover-up (short, sleeveless, open knit) over a black triangle bikini, beach at sunset.
    # adapter: none
    case(
        "X425-004",
        caption("a woman in a white crochet dress on the beach at sunset"),
        D.wearing("a white crochet cover-up over a black bikini"),
        D.color("black", "other_garment_color"),
        color_swimwear("white", "other_garment_color"),
        D.material("crochet"),
        D.details("the dress has a fringe at the bottom and a belt", "unsupported"),
        title="Trancoso Crochet Cover-Up Dress",
        category="Cover-Ups",
        color="White",
        gender="Women",
    ),
    # photo: navy and white horizontal striped one-piece, round neck, thin straps, white backdrop.
    # adapter: none
    case(
        "X425-005",
        caption("a woman in a blue and white striped swimsuit"),
        D.wearing("a striped swimsuit"),
        D.color("blue"),
        D.pattern("solid", "contradiction"),
        D.material("a blue and white striped swimsuit", "restated"),
        title="Marinheira Striped One-Piece",
        category="One-Piece Swimsuits",
        color="Navy/White",
        gender="Women",
    ),
    # photo: leopard print triangle bikini (brown and black spots on tan), lying on a towel on the sand.
    # adapter: none
    case(
        "X425-006",
        caption("a woman in a leopard print bikini laying on the beach"),
        D.wearing("a leopard print bikini and a gold necklace", "unsupported"),
        D.color("brown"),
        D.pattern("animal print"),
        D.details(
            "the bikini has a leopard print and a leopard print and a leopard print",
            "loop",
        ),
        title="Onça Triangle Bikini - Leopard",
        category="Bikinis",
        color="Leopard",
        gender="Women",
    ),
    # photo: long red kaftan, v-neck with gold embroidery around it, wide sleeves to the elbow, walking on a beach.
    # adapter: caption
    case(
        "X425-007",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline. There is an accessory on her wrist. The dress is of long length. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red dress"),
        D.garment_type("kaftan"),
        D.color("red"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("gold embroidery on the neck"),
        D.material("silk", "unsupported"),
        title="Salvador Embroidered Kaftan",
        category="Kaftans",
        color="Red",
        gender="Women",
    ),
    # photo: white sarong printed with blue hibiscus flowers tied at the left hip over a white bikini, beach.
    # adapter: none
    case(
        "X425-008",
        caption("a woman wearing a white bikini and a blue and white skirt on the beach"),
        D.wearing("a bikini and a sarong"),
        D.garment_type("bikini", "contradiction"),
        D.pattern("floral"),
        D.color("white"),
        D.details(
            "it is tied at the waist Question: what is the sarong made of? Answer: cotton",
            "leak",
        ),
        title="Hibisco Printed Sarong",
        category="Sarongs",
        color="White/Blue",
        gender="Women",
    ),
    # photo: lime green high-waisted bikini, sitting on the edge of a pool.
    # adapter: none
    case(
        "X425-009",
        caption("a woman in a green bikini sitting by the pool"),
        D.wearing("he is wearing a green bikini", "pronoun"),
        color_top("green"),
        color_bottom("yellow", "contradiction"),
        D.description("a high waisted bikini with a", "cut"),
        D.material("spandex"),
        title="Copacabana High-Waist Bikini Set",
        category="Bikinis",
        color="Lime",
        gender="Women",
    ),
    # photo: terracotta ribbed one-piece, scoop neck, thick straps, white backdrop.
    # adapter: description
    case(
        "X425-010",
        caption("a woman in a brown swimsuit posing for a photo"),
        D.wearing("an orange swimsuit"),
        D.color("brown"),
        D.material("cotton", "unsupported"),
        D.description(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with cotton fabric. It has",
            "contradiction",
            hit_limit=True,
        ),
        neckline("the neckline of the swimsuit is a", "cut"),
        title="Ribbed Lycra Scoop One-Piece",
        category="One-Piece Swimsuits",
        color="Terracotta",
        gender="Women",
    ),
    # photo: white linen midi beach dress with thin straps, square neck, beach with dunes behind.
    # adapter: none
    case(
        "X425-011",
        caption("a woman in a white dress walking on the sand"),
        D.wearing("a white dress"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("linen"),
        D.details("the dress has a slit on the side and buttons on the back", "unsupported"),
        title="Jeri Linen Midi Beach Dress",
        category="Beach Dresses",
        color="Off White",
        gender="Women",
    ),
    # photo: light blue frayed denim shorts worn with a white bikini top, beach, front view.
    # adapter: none
    case(
        "X425-012",
        caption("a woman in denim shorts and a white bikini top"),
        D.wearing("a white bikini top and jean shorts"),
        D.color("white", "other_garment_color"),
        D.material("denim"),
        D.details("the shorts are short", "restated"),
        title="Frayed Denim Beach Shorts",
        category="Shorts",
        color="Light Blue",
        gender="Women",
    ),
    # photo: sheer off-white kaftan with thin beige vertical stripes, worn open over a nude bikini, white backdrop.
    # adapter: none
    case(
        "X425-013",
        caption("a woman wearing a white kimono over a bikini"),
        D.wearing("a beige bikini"),
        D.garment_type("bikini", "contradiction"),
        D.color("beige", "other_garment_color"),
        D.pattern("striped"),
        D.material("chiffon Question: what is the color of the garment? Answer: white", "leak"),
        title="Sheer Striped Beach Kaftan",
        category="Kaftans",
        color="Off White",
        gender="Women",
    ),
    # photo: yellow one-shoulder swimsuit with a ruffle along the shoulder, white backdrop.
    # adapter: caption, details
    case(
        "X425-014",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a suspenders neckline. The lady wears a three-point shorts. The shorts are with cotton fabric",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a yellow swimsuit"),
        D.color("yellow"),
        straps("spaghetti straps", "contradiction"),
        D.details(
            "It has a suspenders neckline. It is with cotton fabric and pure color patterns. There is an accessory on "
            "her wrist. The",
            "cut",
            hit_limit=True,
        ),
        is_a("one-piece swimsuit", "yes"),
        title="Babado One-Shoulder Ruffle Swimsuit",
        category="One-Piece Swimsuits",
        color="Yellow",
        gender="Women",
    ),
    # photo: black bikini with white polka dots, underwire top, classic bottom, white backdrop.
    # adapter: none
    case(
        "X425-015",
        caption("a woman in a black and white polka dot bikini"),
        D.wearing("a polka dot bikini with a bow", "unsupported"),
        color_top("black"),
        color_bottom("white", "contradiction"),
        D.description("the bikini is black and white"),
        D.material("", "non_answer"),
        title="Bolinhas Underwire Bikini Set",
        category="Bikinis",
        color="Black/White",
        gender="Women",
    ),
    # photo: olive green one-piece with a self-fabric tie belt at the waist, beach, sea behind.
    # adapter: none
    case(
        "X425-016",
        caption("a woman in a green swimsuit with a belt on the beach"),
        D.wearing("a green swimsuit with a belt"),
        D.color("green"),
        D.material("the swimsuit is made of a", "cut"),
        is_a("bikini", "yes", "contradiction"),
        title="Belted One-Piece Swimsuit",
        category="One-Piece Swimsuits",
        color="Olive",
        gender="Women",
    ),
    # photo: long kaftan in a multicolor geometric print (orange, blue, yellow), wide bell sleeves, beach.
    # adapter: wearing
    case(
        "X425-017",
        caption("a woman in a colorful dress standing on the beach"),
        D.wearing(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape",
            "cut",
            hit_limit=True,
        ),
        D.color("orange"),
        print_on("the print on the garment", "restated"),
        D.sleeve_length("long sleeves"),
        title="Geo Print Maxi Kaftan",
        category="Kaftans",
        color="Multicolor",
        gender="Women",
    ),
    # photo: solid pink sarong tied at the hip over a black one-piece swimsuit, beach with a palm tree.
    # adapter: none
    case(
        "X425-018",
        caption("a woman in a black swimsuit and a pink skirt"),
        D.wearing("he is wearing a black swimsuit and a pink sarong", "pronoun"),
        D.color("black", "other_garment_color"),
        is_a("skirt", "yes"),
        D.details("the sarong is pink", "restated"),
        title="Solid Voile Sarong",
        category="Sarongs",
        color="Pink",
        gender="Women",
    ),
    # photo: burgundy high-leg one-piece, low scooped back, back view, white backdrop.
    # adapter: none
    case(
        "X425-019",
        caption("the back of a woman in a red swimsuit"),
        D.wearing("a red bathing suit"),
        D.color("red"),
        D.details("the back is open and has a bow", "unsupported"),
        D.description(
            "she is wearing a red swimsuit with a red swimsuit with a red swimsuit",
            "loop",
        ),
        D.material("it is made of", "cut"),
        title="High-Leg Open Back One-Piece",
        category="One-Piece Swimsuits",
        color="Burgundy",
        gender="Women",
    ),
    # photo: white bikini with gold rings joining the top's cups and at the hips of the bottom, beach.
    # adapter: none
    case(
        "X425-020",
        caption("a woman in a white bikini with gold rings"),
        D.color("white"),
        D.details("gold rings on the top and the bottom"),
        color_bottom("gold", "contradiction"),
        D.material("gold", "unsupported"),
        title="Ring Detail Bikini Set",
        category="Bikinis",
        color="White",
        gender="Women",
    ),
    # photo: turquoise triangle bikini, model in the shallow sea.
    # adapter: caption
    case(
        "X425-021",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a suspenders neckline. There is an accessory on her wrist. The lady wears a sleeveless tank top",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue bikini"),
        color_top("blue"),
        color_bottom("blue"),
        D.material("a blue bikini", "restated"),
        title="Noronha Triangle Bikini",
        category="Bikinis",
        color="Turquoise",
        gender="Women",
    ),
    # photo: sand-colored linen drawstring shorts worn with a white bikini top, beach boardwalk.
    # adapter: none
    case(
        "X425-022",
        caption("a woman in beige shorts and a white top on a wooden walkway"),
        D.wearing("a white top and beige shorts"),
        D.color("white", "other_garment_color"),
        D.material("denim", "unsupported"),
        D.details("the shorts have a drawstring"),
        title="Linen Drawstring Beach Shorts",
        category="Shorts",
        color="Sand",
        gender="Women",
    ),
    # photo: black sheer mesh cover-up dress, long sleeves, over a red bikini, white backdrop.
    # adapter: none
    case(
        "X425-023",
        caption("a woman in a black mesh dress and a red bikini"),
        D.wearing("a red bikini"),
        D.color("red", "other_garment_color"),
        D.material("mesh"),
        D.details("the dress has a red bikini under it and a slit on the side", "unsupported"),
        title="Sheer Mesh Cover-Up Dress",
        category="Cover-Ups",
        color="Black",
        gender="Women",
    ),
    # photo: long-sleeve one-piece surf swimsuit with a palm leaf print (dark green on black), front zip, beach.
    # adapter: none
    case(
        "X425-024",
        caption("a woman in a long sleeved swimsuit with palm leaves on the beach"),
        D.wearing("a wetsuit", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.details("it has a zipper on the front"),
        print_on(
            "palm leaves Question: what is the color of the swimsuit? Answer: black and green",
            "leak",
        ),
        title="Long Sleeve Surf Swimsuit - Palm Print",
        category="One-Piece Swimsuits",
        color="Black/Green",
        gender="Women",
    ),
    # photo: lilac smocked mini beach dress with short puff sleeves, on a beach.
    # adapter: none
    case(
        "X425-025",
        caption("a woman in a purple dress on the beach"),
        D.wearing("a lavender dress"),
        D.sleeve_length("short sleeves"),
        D.details("i don't know", "non_answer"),
        D.description("a short purple dress with puffy sleeves and a necklace", "unsupported"),
        title="Smocked Puff Sleeve Beach Dress",
        category="Beach Dresses",
        color="Lilac",
        gender="Women",
    ),
    # photo: orange and pink tie-dye sarong knotted at the hip over an orange bikini, beach, sea behind.
    # adapter: none
    case(
        "X425-026",
        caption("a woman wearing a tie dye sarong on the beach"),
        D.wearing("an orange bikini and a tie dye wrap"),
        D.color("orange"),
        D.material("cotton", "unsupported"),
        D.details("the details of the sarong are the sarong", "restated"),
        title="Tie-Dye Rayon Sarong",
        category="Sarongs",
        color="Orange/Pink",
        gender="Women",
    ),
    # photo: navy strapless bandeau one-piece, white backdrop.
    # adapter: none
    case(
        "X425-027",
        caption("a woman in a black strapless swimsuit", "contradiction"),
        D.wearing("a navy blue swimsuit"),
        D.color("blue"),
        straps("it has no straps"),
        D.material("the swimsuit is made of the swimsuit", "restated"),
        title="Strapless Bandeau One-Piece",
        category="One-Piece Swimsuits",
        color="Navy",
        gender="Women",
    ),
    # photo: white eyelet cotton mini beach dress, thin straps, model wears a straw hat, beach with umbrellas.
    # adapter: none
    case(
        "X425-028",
        caption("a woman in a white dress and a straw hat on the beach"),
        D.wearing("a white dress and a hat"),
        D.color("white"),
        D.material("the dress is made of cotton and", "cut"),
        D.details(
            "the dress has small holes in the fabric and buttons down the front",
            "unsupported",
        ),
        title="Broderie Cotton Mini Beach Dress",
        category="Beach Dresses",
        color="White",
        gender="Women",
    ),
    # photo: color-block bikini, pink triangle top and green bottom, beach.
    # adapter: none
    case(
        "X425-029",
        caption("a woman in a pink and green bikini on the beach"),
        D.wearing("a pink bikini top and green bikini bottoms"),
        color_top("pink"),
        color_bottom("pink", "other_garment_color"),
        D.description("the top is pink and the bottom is green"),
        D.material("it is made of fabric", "non_answer"),
        title="Mix & Match Bikini Set",
        category="Bikinis",
        color="Pink/Green",
        gender="Women",
    ),
    # photo: zebra print one-piece (black and white stripes), square neck, white backdrop.
    # adapter: caption
    case(
        "X425-030",
        caption(
            "The lady wears a sleeveless tank top with striped patterns. The tank top is with cotton fabric. It has a "
            "square neckline. The lady wears a ring. There is an accessory on her wrist. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black and white swimsuit"),
        D.pattern("animal print"),
        D.color("black and white"),
        D.description(
            "a zebra print swimsuit Question: what is the pattern of the garment? Answer: zebra",
            "leak",
        ),
        title="Zebra Square Neck One-Piece",
        category="One-Piece Swimsuits",
        color="Black/White",
        gender="Women",
    ),
    # photo: mustard crochet knit cover-up, long, side slits, over a skin-tone bikini, white backdrop.
    # adapter: details, material
    case(
        "X425-031",
        caption("a woman in a yellow crochet dress"),
        D.wearing("a yellow knitted dress"),
        D.color("beige", "other_garment_color"),
        D.details(
            "The dress is with knitting fabric and pure color patterns. It has a round neckline. The dress is with "
            "knitting fabric",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with knitting fabric. It has a "
            "round",
            "restated",
            hit_limit=True,
        ),
        title="Crochet Maxi Cover-Up",
        category="Cover-Ups",
        color="Mustard",
    ),
    # photo: long emerald green sarong tied at the waist over a black bikini, beach with palm trees.
    # adapter: none
    case(
        "X425-032",
        caption("a woman in a green skirt and a black bikini top"),
        D.wearing("a green skirt and a black bikini"),
        D.color("black", "other_garment_color"),
        D.material("silk", "unsupported"),
        is_a("dress", "yes", "contradiction"),
        title="Long Satin-Feel Sarong",
        category="Sarongs",
        color="Emerald",
        gender="Women",
    ),
    # photo: red gingham bikini (red and white checks), balconette top, beach with a striped umbrella.
    # adapter: none
    case(
        "X425-033",
        caption("a woman in a red and white bikini under an umbrella"),
        D.wearing("a red and white checkered bikini"),
        D.pattern("striped", "contradiction"),
        color_top("red"),
        D.description("a red and white plaid bikini with a bow on the top", "unsupported"),
        title="Gingham Balconette Bikini Set",
        category="Bikinis",
        color="Red",
        gender="Women",
    ),
    # photo: white one-piece with black contrast piping along the neckline and legs, white backdrop.
    # adapter: none
    case(
        "X425-034",
        caption("a woman in a white swimsuit with black trim"),
        D.wearing("a white swimsuit"),
        D.color("black", "contradiction"),
        D.details("black piping on the edges"),
        D.material("", "non_answer"),
        neckline("the neckline of the swimsuit", "restated"),
        title="Contrast Piping One-Piece",
        category="One-Piece Swimsuits",
        color="White",
        gender="Women",
    ),
    # photo: blue floral wrap maxi beach dress, flutter sleeves, tie at the waist, walking on the beach.
    # adapter: none
    case(
        "X425-035",
        caption("a woman in a blue floral dress walking on the beach"),
        D.wearing("a blue floral dress"),
        D.color("white", "contradiction"),
        D.details("it is a wrap dress with a tie at the waist"),
        D.description("a long blue dress with flowers on it and a straw hat", "unsupported"),
        title="Floral Wrap Maxi Beach Dress",
        category="Beach Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: black high-waisted bikini, bottom with side cutouts, bralette top, white backdrop.
    # adapter: caption, wearing
    case(
        "X425-036",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a suspenders neckline. The shorts the lady wears is of three-point length. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "The lady wears a sleeveless tank top",
            "loop",
            hit_limit=True,
        ),
        color_top("black"),
        color_bottom("black"),
        D.details("cut outs on the sides and a zipper on the back", "unsupported"),
        title="High-Waist Cutout Bikini",
        category="Bikinis",
        color="Black",
        gender="Women",
    ),
    # photo: sky blue kaftan with white embroidered trim at the neck and hem, model sitting on the sand.
    # adapter: none
    case(
        "X425-037",
        caption("a woman in a blue dress sitting on the sand"),
        D.wearing("his blue dress", "pronoun"),
        D.color("blue"),
        D.details(
            "white embroidery on the neck and the bottom and the neck and the bottom and the neck",
            "loop",
        ),
        D.material("cotton"),
        title="Embroidered Cotton Kaftan",
        category="Kaftans",
        color="Sky Blue",
        gender="Women",
    ),
    # photo: chocolate brown underwire bikini, beach at golden hour.
    # adapter: none
    case(
        "X425-038",
        caption("a woman in a brown bikini standing on the beach"),
        D.wearing("a brown bikini"),
        color_top("brown"),
        color_bottom("black", "contradiction"),
        D.details("the bikini has a bow on the back", "unsupported"),
        D.material("nylon and spandex"),
        title="Underwire Bikini Set",
        category="Bikinis",
        color="Chocolate",
        gender="Women",
    ),
    # photo: red and white vertical striped beach shorts worn with a red bikini top, beach.
    # adapter: none
    case(
        "X425-039",
        caption("a woman in red and white striped shorts and a red bikini top"),
        D.wearing("a red top and red and white striped shorts"),
        D.garment_type("skirt", "contradiction"),
        D.color("red"),
        D.details(
            "the shorts have a drawstring Question: what material is the garment made of? Answer:",
            "leak",
        ),
        title="Striped Beach Shorts",
        category="Shorts",
        color="Red/White",
        gender="Women",
    ),
    # photo: fuchsia one-piece with ruffled shoulder straps, white backdrop.
    # adapter: details
    case(
        "X425-040",
        caption("a woman in a pink swimsuit with ruffles"),
        D.wearing("a pink swimsuit"),
        D.color("red", "contradiction"),
        D.details(
            "It has a suspenders neckline. The fabric is with cotton and pure color patterns. There is an accessory on "
            "her",
            "cut",
            hit_limit=True,
        ),
        D.description("a pink swimsuit", "restated"),
        title="Ruffle Strap One-Piece",
        category="One-Piece Swimsuits",
        color="Fuchsia",
        gender="Women",
    ),
    # photo: snake print sarong (beige and brown scales) tied at the hip over a brown bikini, beach.
    # adapter: none
    case(
        "X425-041",
        caption("a woman wearing a snake print wrap skirt on the beach"),
        D.wearing("a snake print sarong and a brown bikini"),
        D.color("beige"),
        print_on("leopard", "contradiction"),
        D.material("leather", "unsupported"),
        title="Snake Print Sarong",
        category="Sarongs",
        color="Beige",
    ),
    # photo: white long-sleeve linen button-front shirt worn open over a blue bikini, beach, sea behind.
    # adapter: none
    case(
        "X425-042",
        caption("a woman in a white shirt and a blue bikini on the beach"),
        D.wearing("a white shirt over a blue bikini"),
        D.color("blue", "other_garment_color"),
        D.material("linen"),
        D.details("the shirt has buttons and a pocket on the chest", "unsupported"),
        title="Linen Beach Shirt Cover-Up",
        category="Cover-Ups",
        color="White",
        gender="Women",
    ),
    # photo: lime and white horizontal striped triangle bikini, beach.
    # adapter: none
    case(
        "X425-043",
        caption("a woman in a green and white striped bikini"),
        D.wearing("a striped bikini"),
        color_top("yellow", "contradiction"),
        color_bottom("white"),
        D.description("the bikini the bikini the bikini the bikini the bikini", "loop"),
        title="Striped Triangle Bikini",
        category="Bikinis",
        color="Lime/White",
        gender="Women",
    ),
    # photo: black kaftan with gold trim at the neck and sleeves, wide short sleeves, white backdrop.
    # adapter: caption
    case(
        "X425-044",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline. The dress is of long length. The lady wears a short-sleeve dress with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black dress"),
        D.color("gold", "contradiction"),
        D.details("gold trim on the neck and the sleeves"),
        D.sleeve_length("short sleeves"),
        D.material("the details of the garment", "non_answer"),
        title="Gold Trim Kaftan",
        category="Kaftans",
        color="Black",
        gender="Women",
    ),
    # photo: teal one-piece with a twist at the bust, beach, sea behind.
    # adapter: none
    case(
        "X425-045",
        caption("a woman in a blue swimsuit standing in the water"),
        D.wearing("a teal swimsuit"),
        D.color("green"),
        D.details("the swimsuit has details", "non_answer"),
        neckline("sweetheart neckline and a gold buckle", "unsupported"),
        title="Twist Front One-Piece",
        category="One-Piece Swimsuits",
        color="Teal",
        gender="Women",
    ),
    # photo: orange halter maxi beach dress with a high side slit, beach at sunset.
    # adapter: none
    case(
        "X425-046",
        caption("a woman in an orange dress on the beach"),
        D.wearing("an orange dress with a belt", "unsupported"),
        D.color("orange"),
        straps(
            "halter neck Question: what is the length of the dress? Answer: long",
            "leak",
        ),
        D.details("it has a slit on the side and the back is open and the", "cut"),
        title="Halter Slit Maxi Beach Dress",
        category="Beach Dresses",
        gender="Women",
    ),
]
