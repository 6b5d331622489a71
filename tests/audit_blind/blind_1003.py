"""BLIND_1003 (46 products; Myntra sarees, lehenga cholis; VQA piece colors): written blind in the fifty-eighth session.
Measured blind at fbe889a (the session's fifth rules): 106/131 failures found (80.9%) and 7/175 correct texts flagged
(4.0%). The writer's notes, verbatim:

Scenario: a Myntra ethnic-wear feed, 23 sarees and 23 lehenga cholis (six of them girls' ready-to-wear sets). Catalog
photos: mostly a model standing front-on against a white studio backdrop, a few on grey, one against a dark red
curtain, one in a garden, one in front of sandstone arches, one back view, one folded flat-lay with no person. Each
piece of the outfit has its color asked: the saree, its blouse and its border or pallu; the lehenga, the choli and the
dupatta. Seller columns: title, category (Sarees / Lehenga Choli), color (the seller's base colour of the main piece,
the saree or the lehenga), gender (Women / Girls); one row lacks gender, one lacks color, one lacks category.

Who wrote what: everything free (captions and open answers) is the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA on
Salesforce/blip2-opt-2.7b, greedy, 30 new tokens for answers and 50 for the caption (empty prompt). It was trained
without an end token, so longer answers run to the limit, looping on a color or on "and the blouse is ..." or going on
into a new "Question: ... Answer:" turn; short color answers often stop after one or two words as the base model does.
It knows only In-shop garment words, so it likes "skirt", "top", "scarf", and sometimes "dress"; it hands one piece's
color to the next piece, takes colors from curtains, plants and garlands, invents embellishments (tassels, potli bags,
can-can, pearl hangings) and fabrics ("silk" for anything shiny), and sometimes answers "he". Closed answers (color,
pattern, garment type, sleeve length, "Is this a ...?") come from enrich's --engine reference with the same model
ranking candidate values: one candidate each, never a loop or a cut, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- One label per text, the most visible failure: a text that repeats itself to the limit is a loop (hit_limit=True)
  even if it also ends mid-phrase or repeats a wrong color; a text that starts a new "Question:"/"Answer:" turn is a
  leak whatever it says after; "he"/"his" for a Women or Girls row is pronoun whatever else the sentence says.
- cut: an answer or caption that runs to its token limit mid-phrase without repeating itself, hit_limit=True; the
  text before the cut is true for the photo.
- other_garment_color: only on open answers that give one piece the color of another piece of the same outfit (the
  choli answered with the lehenga's color, the saree with its blouse's). A closed answer that picks another piece's
  color is labelled contradiction, as is any color taken from the backdrop or a prop (curtain, plant, garland), a
  wrong shade outside the seller's color group, and a wrong garment word.
- Color shades counted correct when they fall in the seller's color group as Myntra groups them: maroon -> red,
  magenta -> pink, peach -> pink/light pink, teal/turquoise -> blue, rust -> orange, mustard -> yellow, olive and
  sea green -> green, cream/off white -> white. Counted contradiction: navy -> black, burgundy -> purple, sea green ->
  blue, grey -> blue, magenta -> red, the lehenga -> pink when it is lavender.
- Garment words: "skirt" for the lehenga, "top"/"blouse" for the choli, "scarf" for the dupatta are correct; "dress"
  for a saree or a lehenga choli (open or closed) is a contradiction, as are "no" to "Is this a saree/lehenga?" when it
  is one and "yes" when it is the other.
- Partial answers that are true ("a yellow saree" when she also wears a maroon blouse) are correct.
- unsupported: embellishments, accessories or clothes that the photo does not show (jeans under a saree, a potli bag,
  a nose ring, a clutch), a person "wearing" the folded flat-lay saree, and a fabric that disagrees with the title's
  fabric ("silk" for crepe, georgette, net). A fabric answer that matches the title (cotton, velvet, organza, linen,
  net, silk for a silk-blend or Kanjeevaram) is correct.
- non_answer: "yes" or a bare color word to the open "What is the person wearing?", "yes" to an open color question,
  "pure color" (the DeepFashion pattern label) for a color, "clothes", "a saree" to "Describe the saree.".
- restated: the question's words given back as a phrase ("the color of the dupatta", "describe the saree").
- The wearing prompt is the default "What is the person wearing?" for every row, the flat-lay included.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing


def hue(piece: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """The VQA adapter's free answer to "What is the color of the <piece>?"."""
    return color_of(piece, text, failure, kind="open", hit_limit=hit_limit)


SAREE, LEHENGA = "Sarees", "Lehenga Choli"

BLIND_1003 = [
    # photo: model in a magenta georgette saree with a thin gold zari border, matching magenta short-sleeved blouse,
    # gold jhumkas, white backdrop, full-length front view; VQA adapter (free), reference engine (closed)
    case(
        "X1003-001",
        caption("a woman in a red saree posing for a photo", "contradiction"),
        wearing("a pink saree with a gold border"),
        hue("saree", "magenta"),
        hue("blouse", "pink"),
        hue(
            "border",
            "gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold "
            "gold gold gold gold gold gold gold gold gold gold",
            "loop",
            hit_limit=True,
        ),
        Q.color("pink"),
        Q.material("silk", "unsupported"),
        title="Mitera Magenta Solid Georgette Saree with Zari Border",
        category=SAREE,
        color="Magenta",
        gender="Women",
    ),
    # photo: red lehenga with gold embroidery, gold-toned short-sleeved choli, pink net dupatta over the left shoulder,
    # glass bangles, white backdrop, front view; VQA adapter (free), reference engine (closed)
    case(
        "X1003-002",
        caption("a woman in a red and gold lehenga"),
        wearing(
            "she is wearing a red lehenga with gold embroidery, a gold blouse with short sleeves and a pink net "
            "dupatta draped over her left shoulder and",
            "cut",
            hit_limit=True,
        ),
        hue("lehenga", "red"),
        hue("choli", "red", "other_garment_color"),
        hue("dupatta", "pink"),
        is_a("lehenga", "yes"),
        describe(
            "lehenga",
            "the lehenga is red with gold embroidery and has mirror work on the border and tassels on the waist",
            "unsupported",
        ),
        title="Inddus Red & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category=LEHENGA,
        color="Red",
        gender="Women",
    ),
    # photo: teal crepe saree with a small white floral print, black blouse with elbow sleeves, black clutch in her
    # hand, light grey backdrop, pallu over the left shoulder; VQA adapter (free), reference engine (closed)
    case(
        "X1003-003",
        caption("a woman in a blue saree with white flowers holding a black purse"),
        wearing("he is wearing a blue saree with white flowers", "pronoun"),
        hue("saree", "teal"),
        hue("blouse", "blue", "other_garment_color"),
        Q.pattern("floral"),
        Q.material("silk", "unsupported"),
        title="Saree mall Teal Floral Printed Crepe Saree",
        category=SAREE,
        color="Teal",
        gender="Women",
    ),
    # photo: girl of about six in a pink lehenga with a gold foil print, pink sleeveless choli with gold trim, pink net
    # dupatta with gold lace held in one hand, white backdrop; VQA adapter (free), reference engine (closed)
    case(
        "X1003-004",
        caption("a little girl in a pink and gold lehenga"),
        wearing("a pink lehenga choli with a dupatta"),
        hue("lehenga", "pink and gold"),
        hue("choli", "pink"),
        hue(
            "dupatta",
            "pink Question: What is the color of the lehenga? Answer: pink Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Aarika Girls Pink & Gold-Toned Printed Ready to Wear Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Pink",
        gender="Girls",
    ),
    # photo: mustard cotton saree with a maroon temple border and a maroon pallu with woven stripes, maroon blouse,
    # white backdrop, model half-turned to show the pallu; VQA adapter (free), reference engine (closed)
    case(
        "X1003-005",
        caption("a woman in a yellow saree with a red border"),
        wearing("a yellow saree with a maroon border and a matching maroon potli bag", "unsupported"),
        hue("saree", "maroon", "other_garment_color"),
        hue("blouse", "maroon"),
        hue("border", "maroon"),
        details(
            "saree",
            "the saree has a maroon border and a pallu with stripes and the blouse has a maroon border and a pallu "
            "with stripes and the blouse has",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Mitera Mustard & Maroon Woven Design Cotton Blend Saree",
        category=SAREE,
        color="Mustard",
        gender="Women",
    ),
    # photo: navy blue velvet lehenga with silver zari embroidery, silver-grey choli, navy net dupatta, grey backdrop,
    # front view; VQA adapter (free), reference engine (closed)
    case(
        "X1003-006",
        caption("a woman wearing a blue and silver lehenga with a blue dupatta"),
        wearing("a blue lehenga"),
        hue("lehenga", "black", "contradiction"),
        hue("choli", "silver"),
        hue("dupatta", "the color of the dupatta", "restated"),
        Q.material("velvet"),
        Q.color("black", "contradiction"),
        title="Zeel Clothing Navy Blue & Silver-Toned Embroidered Velvet Lehenga Choli With Dupatta",
        category=LEHENGA,
        color="Navy Blue",
        gender="Women",
    ),
    # photo: no person: a peach organza saree folded flat on a white backdrop, its pink-and-green floral embroidered
    # border on top, the peach blouse piece folded beside it; VQA adapter (free), reference engine (closed)
    case(
        "X1003-007",
        caption("a folded peach saree with a floral border on a white background"),
        wearing("she is wearing a peach saree with a floral border", "unsupported"),
        hue("saree", "peach"),
        hue("blouse", "light pink"),
        hue("border", "pink and green"),
        is_a("saree", "no", "contradiction"),
        Q.material("organza"),
        title="Kalini Peach-Coloured Floral Embroidered Organza Saree with Blouse Piece",
        category=SAREE,
        color="Peach",
        gender="Women",
    ),
    # photo: mustard lehenga with multicolor mirror work, green mirror-work choli, green-and-pink leheriya dupatta,
    # model mid-twirl, side view, white backdrop; VQA adapter (free)
    case(
        "X1003-008",
        caption("a woman in a yellow skirt and a green top twirling"),
        wearing("yellow", "non_answer"),
        hue("lehenga", "yellow"),
        hue("choli", "green"),
        hue("dupatta", "yellow", "other_garment_color"),
        details(
            "lehenga",
            "mirror work on the lehenga and on the blouse, and a latkan tassel with bells on the drawstring",
            "unsupported",
        ),
        title="Fabpixel Mustard & Green Mirror Work Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Mustard",
        gender="Women",
    ),
    # photo: black chiffon saree with a gold sequin border, black sleeveless blouse, model holding the pallu, dark red
    # velvet curtain behind her, side-lit; VQA adapter (free), reference engine (closed)
    case(
        "X1003-009",
        caption("a woman in a black saree standing in front of a red curtain"),
        wearing("a black saree with a red blouse", "contradiction"),
        hue("saree", "black"),
        hue("blouse", "black"),
        hue("border", "gold"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        describe(
            "saree",
            "the saree is black chiffon with a thin gold sequin border along the pallu and the pleats, and she is "
            "holding the pallu in her left",
            "cut",
            hit_limit=True,
        ),
        title="Mischief Black Sequinned Chiffon Saree",
        category=SAREE,
        color="Black",
        gender="Women",
    ),
    # photo: girl in a cream lehenga with a multicolor floral print, peach cap-sleeved choli, peach dupatta held in
    # both hands, white backdrop; VQA adapter (free), reference engine (closed)
    case(
        "X1003-010",
        caption("a little girl wearing a white skirt with flowers and a pink top"),
        wearing(
            "she is wearing a white skirt and a peach top Question: What is she holding? Answer: a dupatta", "leak"
        ),
        hue("lehenga", "white with flowers"),
        hue("choli", "white", "other_garment_color"),
        hue(
            "dupatta",
            "peach peach peach peach peach peach peach peach peach peach peach peach peach peach peach peach peach "
            "peach peach peach peach peach peach peach peach peach peach peach peach peach",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("striped", "contradiction"),
        title="Bitiya by Bhama Girls Cream-Coloured & Peach Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category=LEHENGA,
        color="Cream",
        gender="Girls",
    ),
    # photo: red Banarasi silk-blend saree with small gold zari buttis and a wide gold pallu, plain red blouse, gold
    # necklace, beige backdrop, front view; VQA adapter (free), reference engine (closed)
    case(
        "X1003-011",
        caption("a woman in a red and gold saree with a gold necklace"),
        wearing("a red and gold saree"),
        hue("saree", "red with gold"),
        hue("blouse", "gold", "other_garment_color"),
        Q.material("silk"),
        describe(
            "saree",
            "the saree is red with small gold buttis all over and a wide gold pallu, the blouse is red and the "
            "border of the",
            "cut",
            hit_limit=True,
        ),
        title="Mitera Red & Gold-Toned Woven Design Banarasi Silk Blend Saree",
        category=SAREE,
        color="Red",
        gender="Women",
    ),
    # photo: lavender net lehenga with silver thread embroidery, lavender choli, white net dupatta with a lavender
    # border, white backdrop; VQA adapter (free), reference engine (closed)
    case(
        "X1003-012",
        caption("a woman wearing a purple lehenga"),
        wearing("she is wearing a purple lehenga and a white scarf"),
        hue("lehenga", "pink", "contradiction"),
        hue("choli", "purple"),
        hue(
            "dupatta",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("lehenga choli"),
        Q.material("silk", "unsupported"),
        title="Kalini Lavender Embroidered Net Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category=LEHENGA,
        color="Lavender",
        gender="Women",
    ),
    # photo: half-and-half saree, bottle green pleats and a pink pallu, pink blouse, white backdrop, front view; VQA
    # adapter (free), reference engine (closed)
    case(
        "X1003-013",
        caption("a woman in a green and pink saree"),
        wearing("a green saree and a pink blouse"),
        hue("saree", "green"),
        hue("blouse", "green", "other_garment_color"),
        hue("pallu", "pink"),
        is_a("saree", "no", "contradiction"),
        describe("saree", "a saree", "non_answer"),
        title="Saree mall Green & Pink Half and Half Saree",
        category=SAREE,
        color="Green",
        gender="Women",
    ),
    # photo: maroon lehenga with gold zari, maroon choli, gold tissue dupatta with a plain thin edge, heavy jewellery,
    # sandstone arches behind (outdoor shoot); VQA adapter (free)
    case(
        "X1003-014",
        caption("a woman in a red lehenga standing in front of a building"),
        wearing("he is wearing a maroon lehenga", "pronoun"),
        hue("lehenga", "maroon"),
        hue("choli", "maroon"),
        hue("dupatta", "red", "other_garment_color"),
        details("lehenga", "the lehenga has gold embroidery on the hem"),
        describe(
            "dupatta",
            "the dupatta is gold with a scalloped border and sequins all over and a tassel at each corner",
            "unsupported",
        ),
        title="Inddus Maroon & Gold-Toned Embroidered Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Maroon",
        gender="Women",
    ),
    # photo: white handloom cotton saree with a red border, red blouse, red bindi, no nose ring, white backdrop; VQA
    # adapter (free), reference engine (closed)
    case(
        "X1003-015",
        caption("a woman in a white saree with a red border and a red blouse"),
        wearing("a white saree with a red border and a red blouse and a gold nose ring", "unsupported"),
        hue("saree", "red", "other_garment_color"),
        hue("blouse", "red"),
        hue("border", "Question: What is the color of the border? Answer: red", "leak"),
        Q.color("white"),
        Q.material("cotton"),
        title="Bengal Handloom White & Red Solid Cotton Saree",
        category=SAREE,
        color="White",
        gender="Women",
    ),
    # photo: emerald green embroidered lehenga, pink short-sleeved choli, pink dupatta over both arms, white backdrop,
    # full length; VQA adapter (free), reference engine (closed)
    case(
        "X1003-016",
        caption("a woman in a green dress and a pink scarf", "contradiction"),
        wearing("a green lehenga, a pink blouse and a pink dupatta"),
        hue("lehenga", "pink", "other_garment_color"),
        hue(
            "choli",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        hue("dupatta", "pink"),
        Q.pattern("embroidered"),
        Q.sleeve_length("short sleeves"),
        title="Fabpixel Green & Pink Embroidered Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Green",
        gender="Women",
    ),
    # photo: navy blue poly-georgette saree with white polka dots, white short-sleeved round-neck blouse, sunglasses
    # pushed up on her head, white backdrop; VQA adapter (free), reference engine (closed)
    case(
        "X1003-017",
        caption("a woman in a blue and white polka dot saree with sunglasses"),
        wearing("a blue saree"),
        hue("saree", "navy blue with white dots"),
        hue("blouse", "blue", "other_garment_color"),
        Q.pattern("polka dots"),
        Q.material("chiffon", "unsupported"),
        describe(
            "blouse",
            "the blouse is white with short sleeves and a round neck and the saree is navy blue with white polka dots "
            "all over and the pallu is",
            "cut",
            hit_limit=True,
        ),
        title="Saree mall Navy Blue & White Polka Dot Print Poly Georgette Saree",
        category=SAREE,
        color="Navy Blue",
        gender="Women",
    ),
    # photo: girl in a yellow lehenga with a pink floral border, pink choli, yellow dupatta, white backdrop; VQA
    # adapter (free), reference engine (closed)
    case(
        "X1003-018",
        caption("a girl in a yellow and pink dress", "contradiction"),
        wearing("he is wearing a yellow skirt", "pronoun"),
        hue("lehenga", "yellow"),
        hue("choli", "pink"),
        hue("dupatta", "yes", "non_answer"),
        is_a("lehenga", "yes"),
        title="Ethnovog Girls Yellow & Pink Ready to Wear Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Yellow",
        gender="Girls",
    ),
    # photo: grey chiffon saree with a silver sequin border, grey blouse, hands empty, white backdrop; VQA adapter
    # (free), reference engine (closed)
    case(
        "X1003-019",
        caption("a woman in a grey saree with a silver clutch", "unsupported"),
        wearing("a grey saree with a silver border"),
        hue("saree", "blue", "contradiction"),
        hue("blouse", "grey"),
        hue("border", "silver"),
        describe(
            "saree",
            "the saree is grey with a silver border and the blouse is grey with a silver border and the saree is grey "
            "with a silver border and",
            "loop",
            hit_limit=True,
        ),
        Q.color("grey"),
        title="Mischief Grey Embellished Chiffon Saree",
        category=SAREE,
        color="Grey",
        gender="Women",
    ),
    # photo: peach georgette lehenga with a small floral print, peach choli, off-white dupatta, trees and hedges behind
    # (garden shoot); VQA adapter (free), reference engine (closed)
    case(
        "X1003-020",
        caption("a woman in a peach lehenga standing in a garden"),
        wearing("a peach lehenga"),
        hue("lehenga", "green", "contradiction"),
        hue("choli", "light peach"),
        hue(
            "dupatta",
            "off white, off white, off white, off white, off white, off white, off white, off white, off white, off "
            "white, off",
            "loop",
            hit_limit=True,
        ),
        details("lehenga", "floral print"),
        Q.material("silk", "unsupported"),
        title="Kalini Peach-Coloured Printed Georgette Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Peach",
        gender="Women",
    ),
    # photo: rust orange cotton-silk saree with gold zari stripes, black blouse with short sleeves, white backdrop,
    # front view, nothing under the saree visible; VQA adapter (free), reference engine (closed)
    case(
        "X1003-021",
        caption("a woman wearing an orange saree and a black blouse"),
        wearing("she is wearing an orange saree and a black top with a pair of jeans", "unsupported"),
        hue("saree", "orange"),
        hue("blouse", "orange", "other_garment_color"),
        hue("border", "gold Question: What is the color of the pallu? Answer: gold", "leak"),
        Q.garment_type("saree"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Anouk Rust Orange Woven Design Cotton Silk Saree",
        category=SAREE,
        color="Rust",
        gender="Women",
    ),
    # photo: black lehenga with multicolor thread embroidery, black choli with elbow sleeves (front only), red dupatta,
    # white backdrop; VQA adapter (free), reference engine (closed)
    case(
        "X1003-022",
        caption("a woman in a black lehenga with a red dupatta"),
        wearing("he is wearing a black lehenga with a red dupatta", "pronoun"),
        hue("lehenga", "black"),
        hue("choli", "red", "other_garment_color"),
        hue("dupatta", "red"),
        details("choli", "the choli has a deep back neck with tassels", "unsupported"),
        Q.color("red", "contradiction"),
        title="Atsevam Black Embroidered Semi-Stitched Lehenga Choli with Red Dupatta",
        category=LEHENGA,
        color="Black",
        gender="Women",
    ),
    # photo: magenta-and-orange bandhani print saree, magenta blouse, white backdrop, front view; VQA adapter (free),
    # reference engine (closed); the feed row has no category
    case(
        "X1003-023",
        caption("a woman in a pink and orange saree"),
        wearing("a pink saree"),
        hue("saree", "magenta and orange"),
        hue("blouse", "the blouse is orange", "other_garment_color"),
        Q.pattern("printed"),
        describe(
            "saree",
            "the saree is pink and orange with white dots Question: What is the color of the blouse? Answer: pink",
            "leak",
        ),
        title="Mitera Magenta & Orange Bandhani Printed Saree",
        color="Magenta",
        gender="Women",
    ),
    # photo: sky blue lehenga with a silver gota patti border, white choli, sky blue dupatta with a gota edge, white
    # backdrop; VQA adapter (free), reference engine (closed)
    case(
        "X1003-024",
        caption("a woman in a blue and white lehenga"),
        wearing("a light blue lehenga with a white blouse"),
        hue("lehenga", "blue"),
        hue("choli", "blue", "other_garment_color"),
        hue("dupatta", "light blue"),
        Q.color("white", "contradiction"),
        details(
            "lehenga",
            "the lehenga has a silver gota patti border at the hem and the dupatta has a silver gota patti border and "
            "the lehenga has a silver gota",
            "loop",
            hit_limit=True,
        ),
        title="Aks Blue & White Gota Patti Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Blue",
        gender="Women",
    ),
    # photo: lime green organza saree with a pink floral print, plain pink blouse, white backdrop; VQA adapter (free),
    # reference engine (closed)
    case(
        "X1003-025",
        caption("a woman in a green saree with pink flowers"),
        wearing(
            "a green saree with pink flowers and a pink blouse and a pink saree with pink flowers and a pink blouse "
            "and a pink saree",
            "loop",
            hit_limit=True,
        ),
        hue("saree", "green"),
        hue("blouse", "what is the color of the blouse of the saree", "restated"),
        Q.material("organza"),
        is_a("saree", "yes"),
        describe(
            "saree",
            "a green saree with pink flowers and a pink blouse with golden sequins on the sleeves",
            "unsupported",
        ),
        title="KALINI Lime Green Floral Print Organza Saree",
        category=SAREE,
        color="Lime Green",
        gender="Women",
    ),
    # photo: burgundy velvet lehenga with gold embroidery, gold choli, burgundy dupatta with a thin gold edge and no
    # buttis, grey backdrop; VQA adapter (free), reference engine (closed)
    case(
        "X1003-026",
        caption("a woman wearing a purple lehenga with gold embroidery", "contradiction"),
        wearing("a maroon lehenga and a gold blouse"),
        hue(
            "lehenga",
            "maroon and gold, maroon and gold, maroon and gold, maroon and gold, maroon and gold, maroon and gold, "
            "maroon and",
            "loop",
            hit_limit=True,
        ),
        hue("choli", "gold"),
        hue("dupatta", "maroon"),
        Q.material("velvet"),
        details(
            "dupatta", "the dupatta has a heavy gold border on all four sides and gold buttis all over", "unsupported"
        ),
        title="Zeel Clothing Burgundy Embroidered Velvet Lehenga Choli With Dupatta",
        category=LEHENGA,
        color="Burgundy",
        gender="Women",
    ),
    # photo: off-white Kerala kasavu cotton saree with a gold border, green short-sleeved blouse, jasmine in her hair,
    # white backdrop; VQA adapter (free), reference engine (closed)
    case(
        "X1003-027",
        caption("a woman in a white saree with gold border and green blouse"),
        wearing("she is wearing a white saree with a gold border"),
        hue("saree", "white"),
        hue("blouse", "white", "other_garment_color"),
        hue("border", "gold"),
        describe("saree", "the saree is made of pure silk with a zari border", "unsupported"),
        Q.sleeve_length("short sleeves"),
        title="Kasee Off White & Gold-Toned Kasavu Cotton Saree",
        category=SAREE,
        color="Off White",
        gender="Women",
    ),
    # photo: girl in an orange lehenga with a gold border, green choli, orange dupatta with a plain gold edge, white
    # backdrop; VQA adapter (free), reference engine (closed)
    case(
        "X1003-028",
        caption("a little girl in an orange lehenga and green top"),
        wearing("an orange lehenga"),
        hue("lehenga", "orange"),
        hue("choli", "green"),
        hue("dupatta", "orange with a gold border and pom-pom tassels on the edge", "unsupported"),
        Q.garment_type("lehenga choli"),
        Q.color("green", "contradiction"),
        title="Kids Cart Girls Orange & Green Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Orange",
        gender="Girls",
    ),
    # photo: purple georgette saree with a silver lace border, purple blouse, white backdrop, front view; VQA adapter
    # (free), reference engine (closed)
    case(
        "X1003-029",
        caption(
            "a woman in a purple saree posing for the camera, a woman in a purple saree posing for the camera, a "
            "woman in a purple saree posing for the camera, a woman in a purple saree posing for",
            "loop",
            hit_limit=True,
        ),
        wearing("a purple saree"),
        hue("saree", "purple"),
        hue("blouse", "what is the color of the blouse", "restated"),
        hue("border", "silver"),
        Q.material("georgette"),
        title="Saree mall Purple Solid Georgette Saree with Lace Border",
        category=SAREE,
        color="Purple",
        gender="Women",
    ),
    # photo: cream lehenga with gold sequins (no can-can or bag in view), cream choli, pink dupatta with a gold border,
    # white backdrop; VQA adapter (free), reference engine (closed)
    case(
        "X1003-030",
        caption("a woman in a white lehenga with a pink dupatta"),
        wearing(
            "a white lehenga with gold sequins and a white blouse and a pink dupatta with a gold border on both sides "
            "and a pair of",
            "cut",
            hit_limit=True,
        ),
        hue("lehenga", "pink", "other_garment_color"),
        hue("choli", "white"),
        hue("dupatta", "pink"),
        details(
            "lehenga",
            "the lehenga has sequins all over and a can-can attached for flare and comes with a matching potli bag",
            "unsupported",
        ),
        Q.color("cream"),
        title="Inddus Cream-Coloured Sequinned Lehenga Choli with Pink Dupatta",
        category=LEHENGA,
        color="Cream",
        gender="Women",
    ),
    # photo: yellow saree with a green border, plain green blouse, model holding an orange marigold garland, white
    # backdrop; VQA adapter (free), reference engine (closed)
    case(
        "X1003-031",
        caption("a woman in a yellow saree holding a garland of orange flowers"),
        wearing("a yellow saree and a green blouse with mirror work", "unsupported"),
        hue("saree", "yellow"),
        hue("blouse", "orange", "contradiction"),
        hue(
            "border",
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        title="Mitera Yellow & Green Solid Saree with Border",
        category=SAREE,
        color="Yellow",
        gender="Women",
    ),
    # photo: hot pink lehenga, turquoise short-sleeved choli, turquoise dupatta over the left shoulder, gold earrings,
    # white backdrop; VQA adapter (free), reference engine (closed)
    case(
        "X1003-032",
        caption("a woman in a pink lehenga and a blue blouse"),
        wearing(
            "she is wearing a pink lehenga with a turquoise blouse and a turquoise dupatta draped over her left "
            "shoulder and a pair of gold earrings and a",
            "cut",
            hit_limit=True,
        ),
        hue("lehenga", "pink"),
        hue("choli", "turquoise"),
        hue("dupatta", "pink", "other_garment_color"),
        is_a("lehenga", "no", "contradiction"),
        title="Fabpixel Pink & Turquoise Blue Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Pink",
        gender="Women",
    ),
    # photo: beige linen-blend saree with thin black stripes, black sleeveless blouse, pallu over the left shoulder,
    # white backdrop; VQA adapter (free), reference engine (closed)
    case(
        "X1003-033",
        caption("a woman in a beige striped saree"),
        wearing(
            "a beige and black striped saree with a black sleeveless blouse and a black and beige pallu that is "
            "draped over her left",
            "cut",
            hit_limit=True,
        ),
        hue("saree", "beige with black stripes"),
        hue("blouse", "beige", "other_garment_color"),
        Q.pattern("floral", "contradiction"),
        Q.material("linen"),
        title="Anouk Beige & Black Striped Linen Blend Saree",
        category=SAREE,
        color="Beige",
        gender="Women",
    ),
    # photo: patchwork lehenga in red, green, yellow and blue panels, red choli, green dupatta with a mirror-work
    # border, white backdrop; VQA adapter (free)
    case(
        "X1003-034",
        caption("a woman in a colorful lehenga"),
        wearing("a multicolored skirt and a red blouse"),
        hue("lehenga", "multicolor"),
        hue("choli", "red"),
        hue("dupatta", "red", "other_garment_color"),
        describe("lehenga", "the lehenga is made of red, green, yellow and blue patches"),
        details(
            "dupatta",
            "green with a mirror work border Question: What are the choli details? Answer: the choli has mirror work",
            "leak",
            hit_limit=True,
        ),
        title="Aks Multicoloured Patchwork Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Multi",
        gender="Women",
    ),
    # photo: sea green Kanjeevaram silk saree with gold woven motifs and a gold border, contrast pink blouse, white
    # backdrop; VQA adapter (free), reference engine (closed)
    case(
        "X1003-035",
        caption("a woman in a blue saree", "contradiction"),
        wearing("a green saree with a pink blouse"),
        hue("saree", "sea green"),
        hue("blouse", "pink"),
        hue("border", "pink", "other_garment_color"),
        Q.material("silk"),
        title="Kasee Sea Green Woven Design Kanjeevaram Silk Saree",
        category=SAREE,
        color="Sea Green",
        gender="Women",
    ),
    # photo: girl in a teal lehenga with a gold foil print, plain pink choli, pink dupatta, white backdrop; VQA adapter
    # (free); the feed row has no gender
    case(
        "X1003-036",
        caption("a little girl in a teal and pink lehenga"),
        wearing("clothes", "non_answer"),
        hue("lehenga", "teal"),
        hue("choli", "gold", "contradiction"),
        hue("dupatta", "pink"),
        describe(
            "lehenga",
            "the lehenga is teal with a gold foil print of small flowers and a wide border at the hem, the choli is "
            "pink with",
            "cut",
            hit_limit=True,
        ),
        title="Bitiya by Bhama Girls Teal & Pink Printed Ready to Wear Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Teal",
    ),
    # photo: cream Chanderi saree with a small pink floral print and a pink border, pink blouse, a potted green plant
    # beside her, white backdrop; VQA adapter (free), reference engine (closed)
    case(
        "X1003-037",
        caption(
            "a woman wearing a cream saree with small pink flowers and a pink blouse standing next to a potted plant "
            "on a white background, her hand resting on the edge of the pot and her",
            "cut",
            hit_limit=True,
        ),
        wearing("a white saree with pink flowers"),
        hue("saree", "cream"),
        hue("blouse", "green", "contradiction"),
        hue("border", "the color of the border of the saree", "restated"),
        Q.pattern("floral"),
        Q.material("chanderi cotton"),
        title="Saree mall Cream-Coloured & Pink Floral Printed Chanderi Saree",
        category=SAREE,
        color="Cream",
        gender="Women",
    ),
    # photo: bridal red lehenga with gold embroidery, red choli, red dupatta with a plain gold border worn over the
    # head, white backdrop; VQA adapter (free), reference engine (closed)
    case(
        "X1003-038",
        caption("a bride in a red lehenga with a red veil"),
        wearing("a red lehenga"),
        hue("lehenga", "red"),
        hue("choli", "red"),
        hue(
            "dupatta",
            "red Question: What is the color of the lehenga? Answer: red Question: What is the color of the choli? "
            "Answer: red",
            "leak",
            hit_limit=True,
        ),
        details("dupatta", "gold border with pearl hangings and a heavy embroidered velvet trim", "unsupported"),
        is_a("saree", "yes", "contradiction"),
        title="Atsevam Red Embroidered Bridal Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Red",
        gender="Women",
    ),
    # photo: olive green saree with a mustard border, mustard blouse, white backdrop, front view; VQA adapter (free),
    # reference engine (closed)
    case(
        "X1003-039",
        caption("a woman in a green saree with a yellow border"),
        wearing("his outfit is a green saree", "pronoun"),
        hue("saree", "yellow", "other_garment_color"),
        hue("blouse", "yellow"),
        hue("border", "mustard"),
        Q.color("yellow", "contradiction"),
        title="Anouk Olive Green Solid Saree with Contrast Border",
        category=SAREE,
        color="Olive",
        gender="Women",
    ),
    # photo: mint green georgette lehenga with a pastel floral print, mint choli, pink dupatta over both arms, white
    # backdrop; VQA adapter (free), reference engine (closed); the feed row has no color
    case(
        "X1003-040",
        caption("a woman wearing a green lehenga with flowers and a pink dupatta"),
        wearing(
            "she is wearing a mint green lehenga with pastel flowers and a mint green choli with a pink dupatta "
            "draped over both arms and a",
            "cut",
            hit_limit=True,
        ),
        hue("lehenga", "mint green"),
        hue("choli", "pure color", "non_answer"),
        hue("dupatta", "pink"),
        Q.pattern("floral"),
        Q.material("cotton", "unsupported"),
        title="Kalini Mint Green Floral Print Georgette Lehenga Choli with Dupatta",
        category=LEHENGA,
        gender="Women",
    ),
    # photo: back view: royal blue silk-blend saree with an orange border, pallu falling down her back, orange blouse,
    # white backdrop; VQA adapter (free), reference engine (closed)
    case(
        "X1003-041",
        caption("the back of a woman in a blue saree with an orange border"),
        wearing("a blue saree with an orange border"),
        hue("saree", "orange", "other_garment_color"),
        hue("blouse", "orange"),
        hue("border", "orange"),
        describe("saree", "describe the saree", "restated"),
        Q.material("silk"),
        title="Kasee Blue & Orange Silk Blend Saree",
        category=SAREE,
        color="Blue",
        gender="Women",
    ),
    # photo: gold tissue lehenga, maroon choli, maroon dupatta with a gold border, white backdrop; VQA adapter (free),
    # reference engine (closed)
    case(
        "X1003-042",
        caption(
            "a woman in a gold lehenga and a maroon blouse and a maroon dupatta and a maroon blouse and a maroon "
            "dupatta and a maroon blouse and a maroon dupatta and a maroon blouse and a",
            "loop",
            hit_limit=True,
        ),
        wearing("a gold skirt and a maroon top"),
        hue("lehenga", "maroon", "other_garment_color"),
        hue("choli", "maroon"),
        hue("dupatta", "maroon with a gold border"),
        Q.garment_type("dress", "contradiction"),
        title="Inddus Gold-Toned & Maroon Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Gold",
        gender="Women",
    ),
    # photo: pastel pink net saree with scattered silver sequins and a plain edge, silver sleeveless blouse, silver
    # heels, white backdrop; VQA adapter (free), reference engine (closed)
    case(
        "X1003-043",
        caption("a woman in a pink saree with silver sequins"),
        wearing("a pink saree and a silver blouse"),
        hue("saree", "pink Answer: pink", "leak"),
        hue("blouse", "pink", "other_garment_color"),
        Q.material("net"),
        details(
            "saree",
            "sequins all over the saree and the pallu, and a scalloped border with pearl drops, and a matching belt",
            "unsupported",
        ),
        title="Mischief Pink Embellished Net Saree",
        category=SAREE,
        color="Pink",
        gender="Women",
    ),
    # photo: girl in a royal blue lehenga with a silver border, pink sleeveless choli with silver edging, pink dupatta,
    # white backdrop; VQA adapter (free), reference engine (closed)
    case(
        "X1003-044",
        caption("a girl in a blue and pink lehenga choli"),
        wearing("a blue lehenga and a pink top"),
        hue("lehenga", "blue"),
        hue(
            "choli",
            "pink with a silver border at the sleeves and the neckline, the lehenga is blue with a silver border at "
            "the hem and the dupatta is pink with a",
            "cut",
            hit_limit=True,
        ),
        hue("dupatta", "what color is the dupatta", "restated"),
        is_a("lehenga", "yes"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Ethnovog Girls Blue & Pink Ready to Wear Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Blue",
        gender="Girls",
    ),
    # photo: black-and-white checked cotton saree with a red border, black blouse with elbow sleeves, model holding the
    # pallu, white backdrop; VQA adapter (free), reference engine (closed)
    case(
        "X1003-045",
        caption("a woman in a black and white checked saree"),
        wearing(
            "she is wearing a black and white checked saree with a red border and a black blouse with elbow sleeves, "
            "and she is holding the",
            "cut",
            hit_limit=True,
        ),
        hue("saree", "black and white"),
        hue("blouse", "white", "other_garment_color"),
        hue("border", "yes", "non_answer"),
        Q.pattern("checked"),
        title="Anouk Black & White Checked Cotton Saree",
        category=SAREE,
        color="Black",
        gender="Women",
    ),
    # photo: peacock blue lehenga with green and gold embroidery at the hem and waist (nothing under it visible), green
    # choli, peacock blue dupatta, white backdrop; VQA adapter (free)
    case(
        "X1003-046",
        caption("a woman in a green lehenga with a blue blouse", "contradiction"),
        wearing("she is wearing a blue lehenga Question: What is the color of the lehenga? Answer: blue", "leak"),
        hue("lehenga", "blue"),
        hue("choli", "green"),
        hue("dupatta", "green", "other_garment_color"),
        details(
            "lehenga",
            "green and gold embroidery on the hem and waist, with a separate can-can skirt under it",
            "unsupported",
        ),
        title="Fabpixel Peacock Blue & Green Embroidered Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Turquoise Blue",
        gender="Women",
    ),
]
