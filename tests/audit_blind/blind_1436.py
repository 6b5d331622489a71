"""BLIND_1436 (45 products; Myntra women's dresses and tops, epoch-3 caption adapter + extractive QA): written blind in
the sixty-fourth session. Measured blind at 9207eb7 (the session's fifth and final rules): 100/119 failures found
(84.0%) and 12/176 correct texts flagged (6.8%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's dresses and tops (article types Dresses, Tops, a few Tshirts, Tunics and Shirts
that came in with it), catalog shots: a model on a plain backdrop wearing the product with other clothes, now and then
a flat lay, a back view, a prop (hat, bag, flowers). The feed has title, category (article type), color (base colour)
and gender; a few rows lack gender or color, as the feed has them.
Who wrote what: every caption is from the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption on
blip2-opt-2.7b, greedy, 50 new tokens). Every answer is a span that timpal0l/mdeberta-v3-base-squad2 extracted from
that caption (empty when the QA model chose no answer); the QA model never sees the photo. So the captions speak the
DeepFashion-MultiModal template ("The lady wears a ... with pure color patterns. The ... is with cotton fabric. It has
a ... neckline."), with patterns in place of hues and fabrics from its six classes; answers can only repeat it.
Labeling conventions and judgement calls:
- Captions run to the 50-token limit (no end token was trained, the model never stops): hit_limit on every caption.
  A caption that stops mid-sentence is "cut", one that starts over is "loop", unless it holds a graver error: naming
  the product as another garment, inventing a garment (or a wearer on a flat lay), the wrong person, a pattern or
  sleeves the title and photo contradict, or a hue put on the wrong garment; then it carries that label instead
  (contradiction / unsupported / pronoun).
  An invented wrist accessory or ring inside a cut caption is left under "cut". A caption that ran to the limit but
  ends on a full sentence with the right content is left unmarked.
- Answers are extractive: they never hit the limit; one answer that ends on the caption's cut fragment is "cut".
- Color questions: the captions have no hue words, so the QA model returns a pattern word ("pure color", "floral")
  or nothing. A pattern word or empty answer to a color question is "non_answer". "denim" for a top, taken from the
  jeans' sentence, is "other_garment_color"; "denim" for a denim dress I accepted as its colour; "black" for a black
  top, taken from the caption's wrong "black pants", is right by accident and left unmarked.
- Material: chiffon for georgette is accepted (the model's nearest fabric class); cotton for satin, rayon, linen or
  georgette, chiffon for cotton, satin or lace, furry for velvet, denim for a jersey top are wrong (contradiction
  when the title or the caption says otherwise, unsupported when only the photo does: leather for sequins). Cotton
  where the title is silent and the photo is matte is accepted.
- Garment names: "shirt" or "blouse" for a woven top and "T-shirt" for a knit tee-shaped top are accepted; "T-shirt"
  for a woven puff-sleeve top, "shirt" for a shirt dress, "dress" for a tunic, "T-shirt" for a T-shirt dress are
  contradictions. "sweater" for a ribbed knitted top and "tank top" for a camisole or peplum sleeveless top accepted.
- When the caption names the layered garment (a tee under a slip dress or pinafore) the answers taken from it (the
  tee's sleeves, material, type) are contradictions for the product.
- "Is this a dress?" gets a span, not yes/no: a span naming the dress is accepted, an empty one is non_answer.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

BQ = BLIND_QUESTIONS

BLIND_1436 = [
    # Photo: model on a white backdrop in a black sleeveless knee-length fit-and-flare dress, round neck, black block
    # heels, no jewellery. Caption: epoch-3 caption adapter (cut at the limit); answers: mdeberta QA over the caption.
    case(
        "X1436-001",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with cotton fabric. Its "
            "neckline is round. The dress is of medium short length. This lady wears a pair of high heels and there "
            "is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns", who="she"),
        BQ.garment_type("dress"),
        BQ.color("pure color", "non_answer"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("sleeveless"),
        BQ.material("cotton"),
        details("dress", "an accessory on", "cut"),
        gender="Women",
        title="Roadster Women Black Solid Fit and Flare Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: navy maxi wrap dress with small white flowers, short flutter sleeves, V neck, waist tie; model mid-stride
    # on a beige backdrop, thin watch. Caption: epoch-3 adapter (starts over); answers: mdeberta QA over it.
    case(
        "X1436-002",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a "
            "short-sleeve dress with floral patterns. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        BQ.pattern("floral"),
        BQ.sleeve_length("short-sleeve"),
        BQ.color("floral", "non_answer"),
        describe("dress", "The dress is with chiffon fabric"),
        gender="Women",
        title="Berrylush Women Navy Blue & White Floral Print Wrap Maxi Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: maroon satin wrap top, long balloon sleeves, V neck, tucked into white wide-leg trousers; grey backdrop.
    # Caption: epoch-3 adapter (cut); answers: mdeberta QA over the caption.
    case(
        "X1436-003",
        caption(
            "The lady wears a long-sleeve blouse with pure color patterns. The blouse is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve blouse"),
        BQ.garment_type("blouse"),
        BQ.color("pure color", "non_answer"),
        BQ.sleeve_length("long-sleeve"),
        BQ.material("cotton", "contradiction"),
        gender="Women",
        title="SASSAFRAS Women Maroon Satin Wrap Top",
        category="Tops",
        color="Maroon",
    ),
    # Photo: red ribbed-knit bodycon mini dress, long sleeves, round neck, white sneakers, small white handbag in hand;
    # white backdrop. Caption: epoch-3 adapter (starts over); answers: mdeberta QA over the caption.
    case(
        "X1436-004",
        caption(
            "The female wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. It has "
            "a round neckline. The dress is of medium short length. The female is carrying a bag. The female wears a "
            "long-sleeve dress with pure color",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        BQ.garment_type("dress"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("long-sleeve"),
        BQ.material("knitting"),
        BQ.color("", "non_answer"),
        is_a("dress", "a long-sleeve dress"),
        gender="Women",
        title="Tokyo Talkies Women Red Ribbed Bodycon Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: mustard knit tee-shaped top with a small white geometric print, short sleeves, round neck, untucked over
    # blue skinny jeans; grey backdrop. Caption: epoch-3 adapter (cut); answers: mdeberta QA over the caption.
    case(
        "X1436-005",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and solid color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns"),
        color_of("top", "denim", "other_garment_color"),
        BQ.pattern("graphic"),
        BQ.material("cotton"),
        BQ.sleeve_length("short-sleeve"),
        gender="Women",
        title="HERE&NOW Women Mustard Yellow Geometric Print Top",
        category="Tops",
        color="Mustard",
    ),
    # Photo: rust tiered cotton maxi with a small white block print, three-quarter sleeves, round neck with a tie;
    # oxidised silver earrings, brown sandals; off-white backdrop. Caption: epoch-3 adapter (cut); answers: mdeberta QA.
    case(
        "X1436-006",
        caption(
            "The lady wears a medium-sleeve dress with complicated patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory in her ear. The lady wears a medium",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with complicated patterns"),
        BQ.garment_type("dress"),
        BQ.color("complicated", "non_answer"),
        BQ.pattern("complicated"),
        BQ.sleeve_length("medium-sleeve"),
        BQ.material("cotton"),
        details("dress", "a round neckline"),
        gender="Women",
        title="Global Desi Women Rust Printed Cotton Tiered Maxi Dress",
        category="Dresses",
        color="Rust",
    ),
    # Photo: olive shirt dress, collar, button placket, long sleeves rolled up, self-tie belt, midi length; white
    # sneakers, no jewellery; white backdrop. Caption: epoch-3 adapter (ends on a sentence at the limit, but calls the
    # dress a shirt and invents a wrist accessory); answers: mdeberta QA over the caption.
    case(
        "X1436-007",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a belt. The shirt is of long length. There is an accessory on her wrist.",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        BQ.garment_type("shirt", "contradiction"),
        is_a("dress", "", "non_answer"),
        BQ.sleeve_length("long-sleeve"),
        BQ.pattern("pure color"),
        BQ.material("cotton"),
        gender="Women",
        title="Mango Women Olive Solid Shirt Dress",
        category="Dresses",
        color="Olive",
    ),
    # Photo: white cotton broderie-anglaise crop top, woven, short puff sleeves, square neck, with light-blue mom
    # jeans; pale pink backdrop. Caption: epoch-3 adapter (cut; calls it a T-shirt); answers: mdeberta QA over it.
    case(
        "X1436-008",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a square neckline. The lady wears a long pants. The pants are with denim fabric and solid color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        BQ.garment_type("T-shirt", "contradiction"),
        BQ.color("pure color", "non_answer"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("short-sleeve"),
        BQ.material("cotton"),
        gender="Women",
        title="ONLY Women White Broderie Anglaise Cotton Crop Top",
        category="Tops",
        color="White",
    ),
    # Photo: pink crepe sheath dress, knee length, cap sleeves, round neck; nude heels, pearl studs; white backdrop.
    # Caption: epoch-3 adapter (ran to the limit, last sentence complete); answers: mdeberta QA over the caption.
    case(
        "X1436-009",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium short length. The lady wears a pair of high heels.",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress"),
        BQ.garment_type("dress"),
        BQ.color("", "non_answer"),
        BQ.sleeve_length("short-sleeve"),
        BQ.pattern("pure color"),
        gender="Women",
        title="AND Women Pink Solid Sheath Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: navy A-line midi with white polka dots, short sleeves, V neck; tan sandals, straw bag in hand, no bracelet;
    # white backdrop. Caption: epoch-3 adapter (cut; says plain); answers: mdeberta QA over the caption.
    case(
        "X1436-010",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of long length. The lady is carrying a bag. There is an accessory on her "
            "wrist",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns", "contradiction"),
        BQ.pattern("pure color", "contradiction"),
        BQ.color("pure color", "non_answer"),
        BQ.sleeve_length("short-sleeve"),
        BQ.material("chiffon"),
        gender="Women",
        title="Harpa Women Navy Blue Polka Dot Print Georgette A-Line Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: off-white cotton top with tone-on-tone embroidery at the yoke, three-quarter sleeves, round neck, with
    # beige trousers; white backdrop. Caption: epoch-3 adapter (cut); answers: mdeberta QA over the caption.
    case(
        "X1436-011",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. This lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns", who="she"),
        BQ.garment_type("shirt"),
        BQ.pattern("pure color"),
        BQ.color("", "non_answer"),
        details("top", "a round neckline"),
        BQ.material("cotton"),
        gender="Women",
        title="DressBerry Women Off-White Embroidered Top",
        category="Tops",
        color="Off White",
    ),
    # Photo: red georgette off-shoulder bardot top with long bell sleeves, with black skinny jeans, black heels; white
    # backdrop. Caption: epoch-3 adapter (complete at the limit, but sleeveless tank top); answers: mdeberta QA.
    case(
        "X1436-012",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a suspenders neckline. The lady wears a long pants. The pants are with denim fabric and solid color "
            "patterns.",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns", "contradiction"),
        BQ.sleeve_length("sleeveless", "contradiction"),
        BQ.garment_type("tank top", "contradiction"),
        BQ.pattern("pure color"),
        BQ.material("chiffon"),
        color_of("top", "pure color", "non_answer"),
        gender="Women",
        title="Athena Women Red Off-Shoulder Bell Sleeve Bardot Top",
        category="Tops",
        color="Red",
    ),
    # Photo: green midi wrap dress with a pink and white floral print, long sleeves, V neck; nude heels; grey
    # backdrop. Caption: epoch-3 adapter (complete at the limit); answers: mdeberta QA over the caption.
    case(
        "X1436-013",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of long length. The lady wears a pair of high heels.",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns"),
        BQ.garment_type("dress"),
        BQ.color("floral", "non_answer"),
        BQ.pattern("floral"),
        BQ.sleeve_length("long-sleeve"),
        BQ.material("chiffon"),
        gender="Women",
        title="Trendyol Women Green Floral Print Wrap Midi Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: black jersey cold-shoulder top, long sleeves with shoulder cut-outs, round neck, with white jeans; white
    # backdrop. Caption: epoch-3 adapter (cut); answers: mdeberta QA over the caption.
    case(
        "X1436-014",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with pure color patterns"),
        BQ.color("pure color", "non_answer"),
        BQ.sleeve_length("long-sleeve"),
        BQ.material("cotton"),
        details("top", "", "non_answer"),
        gender="Women",
        title="FabAlley Women Black Solid Cold-Shoulder Top",
        category="Tops",
        color="Black",
    ),
    # Photo: back view, white cotton tee-shaped top with a tie-up back, short sleeves, blue jeans; white backdrop.
    # Caption: epoch-3 adapter (starts the first sentence again); answers: mdeberta QA over it. Feed row has no gender.
    case(
        "X1436-015",
        caption(
            "The person wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "person wears a long pants. The pants are with denim fabric and solid color patterns. The person wears a "
            "short-sleeve T-",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt"),
        BQ.garment_type("T-shirt"),
        BQ.pattern("pure color"),
        BQ.material("cotton"),
        details("top", "", "non_answer"),
        title="Cottinfab Women White Solid Cotton Tie-Up Back Top",
        category="Tops",
        color="White",
    ),
    # Photo: grey melange knit T-shirt dress, short sleeves, round neck, knee length, white sneakers, bare legs; white
    # backdrop. Caption: epoch-3 adapter (cut; reads it as a T-shirt over shorts); answers: mdeberta QA over it.
    case(
        "X1436-016",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a shorts. The shorts are with cotton fabric and pure color patterns. "
            "There is an",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        BQ.garment_type("T-shirt", "contradiction"),
        describe("dress", "", "non_answer"),
        BQ.sleeve_length("short-sleeve"),
        BQ.material("cotton"),
        BQ.color("pure color", "non_answer"),
        gender="Women",
        title="Vero Moda Women Grey Melange Solid T-shirt Dress",
        category="Dresses",
        color="Grey Melange",
    ),
    # Photo: lavender smocked crop top, short puff sleeves, square neck, with a white denim mini skirt; pale backdrop.
    # Caption: epoch-3 adapter (cut); answers: mdeberta QA over the caption.
    case(
        "X1436-017",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "square neckline. The lady wears a skirt. The skirt is with cotton fabric and pure color patterns. The "
            "skirt is of medium",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns", who="she"),
        BQ.garment_type("shirt"),
        BQ.sleeve_length("short-sleeve"),
        BQ.pattern("pure color"),
        BQ.color("pure color", "non_answer"),
        BQ.material("cotton"),
        gender="Women",
        title="StyleStone Women Lavender Solid Smocked Crop Top",
        category="Tops",
        color="Lavender",
    ),
    # Photo: black sequinned bodycon mini dress, sleeveless, V neck, silver clutch in hand; grey backdrop.
    # Caption: epoch-3 adapter (starts over; calls the fabric leather); answers: mdeberta QA over the caption.
    case(
        "X1436-018",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with leather fabric. It has a "
            "V-shape neckline. The dress is of medium short length. The lady is carrying a bag. The lady wears a "
            "sleeveless dress with pure color patterns",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        BQ.material("leather", "unsupported"),
        BQ.sleeve_length("sleeveless"),
        BQ.garment_type("dress"),
        details("dress", "a V-shape neckline"),
        gender="Women",
        title="Rare Women Black Sequinned Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: teal hip-length straight tunic with white floral motifs, three-quarter sleeves, mandarin collar, side
    # slits, white leggings; white backdrop. Caption: epoch-3 adapter (cut; calls the tunic a dress); answers: mdeberta.
    case(
        "X1436-019",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "stand-up neckline. The lady wears a leggings. The leggings are with cotton fabric and pure color "
            "patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns", "contradiction"),
        BQ.garment_type("dress", "contradiction"),
        BQ.pattern("floral"),
        BQ.sleeve_length("medium-sleeve"),
        BQ.color("floral", "non_answer"),
        gender="Women",
        title="W Women Teal Blue Floral Print Straight Tunic",
        category="Tunics",
        color="Teal",
    ),
    # Photo: flat lay on white, no person: navy and white horizontally striped Breton top, long sleeves, boat neck.
    # Caption: epoch-3 adapter (cut; invents a lady and denim pants); answers: mdeberta QA over the caption.
    case(
        "X1436-020",
        caption(
            "The lady wears a long-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and solid color patterns. "
            "There is",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with stripe patterns"),
        BQ.garment_type("T-shirt"),
        BQ.pattern("stripe"),
        BQ.sleeve_length("long-sleeve"),
        BQ.material("cotton"),
        color_of("top", "stripe", "non_answer"),
        gender="Women",
        title="Marks & Spencer Women Navy Blue Striped Pure Cotton Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Photo: black satin slip midi dress, spaghetti straps, cowl neck, layered over a white short-sleeve tee; beige
    # backdrop. Caption: epoch-3 adapter (cut; sees a tee and a long skirt); answers: mdeberta QA over the caption.
    case(
        "X1436-021",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns. "
            "There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt", "contradiction"),
        BQ.garment_type("T-shirt", "contradiction"),
        BQ.material("cotton", "contradiction"),
        BQ.sleeve_length("short-sleeve", "contradiction"),
        BQ.pattern("pure color"),
        BQ.color("pure color", "non_answer"),
        gender="Women",
        title="Tokyo Talkies Women Black Satin Cowl Neck Slip Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: peach sleeveless peplum top, round neck, white flared trousers, gold hoops; white backdrop.
    # Caption: epoch-3 adapter (cut); answers: mdeberta QA over the caption.
    case(
        "X1436-022",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. This",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top"),
        BQ.garment_type("tank top"),
        BQ.color("", "non_answer"),
        BQ.sleeve_length("sleeveless"),
        BQ.pattern("pure color"),
        gender="Women",
        title="SASSAFRAS Women Peach Solid Peplum Top",
        category="Tops",
        color="Peach",
    ),
    # Photo: back view, white cotton midi with an open back and tie straps, sleeveless; straw hat, no bracelet;
    # beige backdrop. Caption: epoch-3 adapter (starts over); answers: mdeberta QA over the caption.
    case(
        "X1436-023",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. The dress is "
            "of long length. There is an accessory on her wrist. The lady wears a hat. The lady wears a sleeveless "
            "dress with pure",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress"),
        BQ.garment_type("dress"),
        details("dress", "an accessory on her wrist", "unsupported"),
        BQ.material("cotton"),
        BQ.sleeve_length("sleeveless"),
        gender="Women",
        title="Berrylush Women White Solid Cotton Backless A-Line Midi Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: pink jersey top with blue colour-blocked sleeves and yoke, short sleeves, round neck, with black jeans;
    # grey backdrop. Caption: epoch-3 adapter (cut); answers: mdeberta QA over the caption.
    case(
        "X1436-024",
        caption(
            "The lady wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with denim fabric and solid color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        BQ.pattern("color block"),
        BQ.color("color block", "non_answer"),
        BQ.garment_type("T-shirt"),
        BQ.sleeve_length("short-sleeve"),
        BQ.material("denim", "contradiction"),
        gender="Women",
        title="Athena Women Pink & Blue Colourblocked Top",
        category="Tops",
        color="Pink",
    ),
    # Photo: woman with a short pixie cut in a beige linen shirt, collar, long sleeves, half-tucked into blue straight
    # jeans; white backdrop. Caption: epoch-3 adapter (a "gentleman", and cut); answers: mdeberta QA over it.
    case(
        "X1436-025",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and solid color "
            "patterns. His",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", who="she"),
        BQ.garment_type("shirt"),
        BQ.material("cotton", "contradiction"),
        BQ.color("pure color", "non_answer"),
        BQ.sleeve_length("long-sleeve"),
        gender="Women",
        title="MANGO Women Beige Solid Linen Casual Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Photo: mauve ruched bodycon midi dress, full sleeves, square neck, nude heels; white backdrop.
    # Caption: epoch-3 adapter (complete at the limit); answers: mdeberta QA over the caption.
    case(
        "X1436-026",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. It has a "
            "square neckline. The dress is of long length. The lady wears a pair of high heels.",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        BQ.garment_type("dress"),
        BQ.material("knitting"),
        BQ.sleeve_length("long-sleeve"),
        BQ.color("pure color", "non_answer"),
        describe("dress", "The dress", "restated"),
        gender="Women",
        title="DressBerry Women Mauve Solid Ruched Bodycon Dress",
        category="Dresses",
        color="Mauve",
    ),
    # Photo: red and white gingham top, short puff sleeves, sweetheart neck, white denim shorts; white backdrop.
    # Caption: epoch-3 adapter (cut); answers: mdeberta QA over the caption.
    case(
        "X1436-027",
        caption(
            "The lady wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a shorts. The shorts are with denim fabric and pure color patterns. The "
            "shorts are of",
            "cut",
            hit_limit=True,
        ),
        BQ.pattern("lattice"),
        BQ.color("lattice", "non_answer"),
        BQ.sleeve_length("short-sleeve"),
        wearing("a short-sleeve shirt with lattice patterns"),
        details("top", "a V-shape neckline"),
        gender="Women",
        title="ONLY Women Red & White Gingham Checked Puff Sleeve Top",
        category="Tops",
        color="Red",
    ),
    # Photo: navy rayon maxi with white and orange ethnic motifs, long bell sleeves, V neck with tassel ties; oxidised
    # jhumkas and bangles, no ring; white backdrop. Caption: epoch-3 adapter (cut); answers: mdeberta QA over it.
    case(
        "X1436-028",
        caption(
            "The lady wears a long-sleeve dress with complicated patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The dress is of long length. There is an accessory on her wrist. This lady wears a "
            "ring. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with complicated patterns"),
        BQ.pattern("complicated"),
        BQ.sleeve_length("long-sleeve"),
        BQ.material("cotton", "contradiction"),
        details("dress", "a ring", "unsupported"),
        BQ.color("", "non_answer"),
        gender="Women",
        title="Anouk Women Navy Blue Ethnic Motifs Printed Rayon Maxi Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: white cotton tee with a black slogan print on the chest, short sleeves, round neck, tucked into black
    # cotton shorts; white backdrop. Caption: epoch-3 adapter (complete at the limit); answers: mdeberta QA over it.
    case(
        "X1436-029",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a shorts. The shorts are with cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns"),
        BQ.garment_type("T-shirt"),
        BQ.pattern("graphic"),
        BQ.color("graphic", "non_answer"),
        BQ.sleeve_length("short-sleeve"),
        BQ.material("cotton"),
        gender="Women",
        title="Roadster Women White Typography Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: plain yellow georgette fit-and-flare midi, sleeveless, halter neck; the model holds a bunch of sunflowers
    # (prop); grey backdrop. Caption: epoch-3 adapter (starts over; reads the bouquet as a floral print); answers: QA.
    case(
        "X1436-030",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of long length. The lady is holding a flower. The lady wears a "
            "sleeveless dress with floral",
            "contradiction",
            hit_limit=True,
        ),
        BQ.pattern("floral", "contradiction"),
        BQ.color("floral", "non_answer"),
        wearing("a sleeveless dress with floral patterns", "contradiction"),
        BQ.garment_type("dress"),
        BQ.sleeve_length("sleeveless"),
        BQ.material("chiffon"),
        gender="Women",
        title="Sera Women Yellow Solid Georgette Fit & Flare Midi Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: cream ribbed knitted top, long sleeves, mock neck, tucked into brown trousers; white backdrop.
    # Caption: epoch-3 adapter (cut); answers: mdeberta QA over the caption.
    case(
        "X1436-031",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a stand-up neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        BQ.garment_type("sweater"),
        BQ.material("knitting"),
        BQ.sleeve_length("long-sleeve"),
        BQ.color("", "non_answer"),
        gender="Women",
        title="Marks & Spencer Women Cream-Coloured Ribbed Knitted Top",
        category="Tops",
        color="Cream",
    ),
    # Photo: blue denim pinafore midi dress over a white short-sleeve tee, white sneakers; white backdrop.
    # Caption: epoch-3 adapter (complete at the limit; the pinafore read as a denim skirt); answers: mdeberta QA.
    case(
        "X1436-032",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long skirt. The skirt is with denim fabric and solid color patterns.",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        BQ.material("cotton", "contradiction"),
        BQ.garment_type("T-shirt", "contradiction"),
        color_of("dress", "denim"),
        BQ.pattern("pure color"),
        gender="Women",
        title="Roadster Women Blue Solid Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: lime green crop top, short sleeves, round neck, front knot, with beige cargo pants; white backdrop.
    # Caption: epoch-3 adapter (cut); answers: mdeberta QA over the caption.
    case(
        "X1436-033",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt"),
        BQ.color("pure color", "non_answer"),
        BQ.sleeve_length("short-sleeve"),
        details("top", "a round neckline"),
        BQ.material("cotton"),
        gender="Women",
        title="SASSAFRAS Women Lime Green Solid Tie-Up Crop Top",
        category="Tops",
        color="Lime Green",
    ),
    # Photo: burgundy velvet bodycon mini dress, long sleeves, square neck, black sheer tights; grey backdrop.
    # Caption: epoch-3 adapter (starts over; velvet read as furry); answers: mdeberta QA over the caption.
    case(
        "X1436-034",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with furry fabric. It has a "
            "square neckline. The dress is of medium short length. The lady wears a socks. The lady wears a "
            "long-sleeve dress with pure",
            "loop",
            hit_limit=True,
        ),
        BQ.material("furry", "contradiction"),
        wearing("a long-sleeve dress with pure color patterns"),
        BQ.sleeve_length("long-sleeve"),
        BQ.garment_type("dress"),
        BQ.color("", "non_answer"),
        is_a("dress", "dress"),
        gender="Women",
        title="Trendyol Women Burgundy Solid Velvet Bodycon Mini Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # Photo: black sleeveless halter-neck top with black and white checked trousers; white backdrop.
    # Caption: epoch-3 adapter (cut); answers: mdeberta QA over the caption (the pattern taken from the trousers).
    case(
        "X1436-035",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a suspenders neckline. The lady wears a long trousers. The trousers are with cotton fabric and lattice "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        BQ.pattern("lattice", "contradiction"),
        color_of("top", "pure color", "non_answer"),
        BQ.garment_type("tank top"),
        BQ.sleeve_length("sleeveless"),
        wearing("a sleeveless tank top with pure color patterns"),
        gender="Women",
        title="AND Women Black Solid Halter Neck Top",
        category="Tops",
        color="Black",
    ),
    # Photo: pink ditsy-floral cotton mini dress, short puff sleeves, smocked square-neck bodice, white sneakers,
    # white bag on the shoulder; white backdrop. Caption: epoch-3 adapter (complete at the limit); answers: mdeberta.
    case(
        "X1436-036",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "square neckline. The dress is of medium short length. The lady is carrying a bag.",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        BQ.pattern("floral"),
        BQ.sleeve_length("short-sleeve"),
        BQ.material("chiffon", "contradiction"),
        BQ.color("floral", "non_answer"),
        details("dress", "a square neckline"),
        gender="Women",
        title="Berrylush Women Pink Floral Print Smocked Cotton Fit & Flare Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: flat lay on white, no person, no jewellery: lavender A-line midi with a small floral print, short
    # flutter sleeves, V neck. Caption: epoch-3 adapter (cut; invents a lady with a wrist accessory and a ring);
    # answers: mdeberta QA over the caption. Feed row has no gender and no colour.
    case(
        "X1436-037",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a "
            "ring. The lady",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns", who="she"),
        BQ.garment_type("dress"),
        BQ.pattern("floral"),
        BQ.sleeve_length("short-sleeve"),
        details("dress", "a V-shape neckline"),
        BQ.color("floral", "non_answer"),
        title="Harpa Women Lavender Floral Print A-Line Midi Dress",
        category="Dresses",
    ),
    # Photo: blue and white vertically striped cotton shirt dress, collar, short sleeves, knee length, self belt;
    # white backdrop. Caption: epoch-3 adapter (loops); answers: mdeberta QA over the caption (one span spans the loop).
    case(
        "X1436-038",
        caption(
            "The lady wears a short-sleeve dress with stripe patterns. The dress is with cotton fabric. It has a lapel "
            "neckline. The lady wears a belt. The dress is with cotton fabric. It has a lapel neckline. The lady wears "
            "a belt. The dress",
            "loop",
            hit_limit=True,
        ),
        describe(
            "dress",
            "The dress is with cotton fabric. It has a lapel neckline. The lady wears a belt. The dress is with cotton "
            "fabric",
            "loop",
        ),
        wearing("a short-sleeve dress with stripe patterns"),
        BQ.pattern("stripe"),
        BQ.color("stripe", "non_answer"),
        BQ.sleeve_length("short-sleeve"),
        BQ.garment_type("dress"),
        gender="Women",
        title="ONLY Women Blue & White Striped Cotton Shirt Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: emerald satin cowl-neck camisole top, thin straps, gold chain necklace, black trousers; grey backdrop.
    # Caption: epoch-3 adapter (cut); answers: mdeberta QA over the caption.
    case(
        "X1436-039",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a suspenders neckline. This lady wears a necklace. The lady wears a long trousers. The trousers are "
            "with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        BQ.material("chiffon", "contradiction"),
        BQ.garment_type("tank top"),
        BQ.sleeve_length("sleeveless"),
        wearing("a sleeveless tank top"),
        BQ.color("pure color", "non_answer"),
        BQ.pattern("pure color"),
        gender="Women",
        title="Rare Women Emerald Green Satin Cowl Neck Top",
        category="Tops",
        color="Green",
    ),
    # Photo: white lace top, long sleeves, round neck, with blue jeans; white backdrop.
    # Caption: epoch-3 adapter (cut); answers: mdeberta QA over the caption.
    case(
        "X1436-040",
        caption(
            "The lady wears a long-sleeve shirt with complicated patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and solid color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        BQ.pattern("complicated"),
        BQ.material("chiffon", "contradiction"),
        BQ.color("solid color", "non_answer"),
        wearing("a long-sleeve shirt with complicated patterns"),
        BQ.sleeve_length("long-sleeve"),
        gender="Women",
        title="Vero Moda Women White Self-Design Lace Top",
        category="Tops",
        color="White",
    ),
    # Photo: woman with a buzz cut, black oversized drop-shoulder cotton tee (print on the back, front plain), olive
    # cargo pants; grey backdrop. Caption: epoch-3 adapter (a "man", and cut); answers: mdeberta QA over the caption.
    case(
        "X1436-041",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is a",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        BQ.garment_type("T-shirt"),
        BQ.pattern("pure color"),
        BQ.material("cotton"),
        BQ.color("", "non_answer"),
        gender="Women",
        title="Tokyo Talkies Women Black Oversized Drop-Shoulder Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: mustard cotton tiered maxi, sleeveless, V neck; straw hat (prop); beige backdrop.
    # Caption: epoch-3 adapter (complete at the limit); answers: mdeberta QA over the caption.
    case(
        "X1436-042",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The dress is of long length. This lady wears a hat.",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        BQ.garment_type("dress"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("sleeveless"),
        BQ.material("cotton"),
        BQ.color("pure color", "non_answer"),
        is_a("dress", "a sleeveless dress"),
        gender="Women",
        title="Roadster Women Mustard Yellow Solid Tiered Maxi Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Photo: white cotton tank top, round neck, under an open black blazer, with black trousers; white backdrop.
    # Caption: epoch-3 adapter (cut); answers: mdeberta QA over the caption (wearing picks the blazer).
    case(
        "X1436-043",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a round neckline. This lady also wears an outer clothing, with cotton fabric and pure color patterns. The "
            "lady wears a long",
            "cut",
            hit_limit=True,
        ),
        wearing("an outer clothing", "contradiction"),
        color_of("top", "pure color", "non_answer"),
        BQ.garment_type("tank top"),
        BQ.sleeve_length("sleeveless"),
        BQ.material("cotton"),
        gender="Women",
        title="SASSAFRAS Women White Solid Cotton Tank Top",
        category="Tops",
        color="White",
    ),
    # Photo: black woven top, long sleeves, round neck, with white straight trousers; white backdrop.
    # Caption: epoch-3 adapter (cut; a rare hue word, and on the wrong garment: "black pants" for white trousers);
    # answers: mdeberta QA over the caption (the color spans come from the pants' sentence, right for the top by luck).
    case(
        "X1436-044",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a black pants. The pants are with cotton fabric and pure color patterns. "
            "There is an",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        color_of("top", "black"),
        BQ.color("black"),
        BQ.sleeve_length("long-sleeve"),
        BQ.material("cotton"),
        gender="Women",
        title="Vero Moda Women Black Solid Regular Top",
        category="Tops",
        color="Black",
    ),
    # Photo: sleeveless round-neck maxi with a multicoloured abstract print, no bracelet; white backdrop.
    # Caption: epoch-3 adapter (starts over); answers: mdeberta QA over the caption.
    case(
        "X1436-045",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric. It has a round "
            "neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a sleeveless "
            "dress with graphic",
            "loop",
            hit_limit=True,
        ),
        BQ.pattern("graphic"),
        BQ.color("graphic", "non_answer"),
        wearing("a sleeveless dress with graphic patterns"),
        BQ.sleeve_length("sleeveless"),
        BQ.material("chiffon"),
        gender="Women",
        title="Sera Women Multicoloured Abstract Printed Maxi Dress",
        category="Dresses",
        color="Multi",
    ),
]
