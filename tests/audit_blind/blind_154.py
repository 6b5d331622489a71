"""BLIND_154 (44 products; the experiments re-run on a random sample of a Myntra-style marketplace, with is_a and
color_of questions): written blind in the twenty-second session. Measured blind at 25c5439: 131/142 failures found
(92.3%) and 11/145 correct texts flagged (7.6%). The writer's notes, verbatim:

Blind corpus 154: BLIP-2 OPT-2.7b outputs on 44 products of a Myntra-style marketplace.

Scenario
    The original experiments' models re-run on a random sample of 44 products of a Myntra-style marketplace, one
    product per item, weighted roughly as such a catalog is: 19 men's (t-shirts, shirts, jeans, chinos, track
    pants, cargo shorts, a hoodie, a bomber, a kurta, a Nehru jacket), 20 women's (kurtas, a kurta set, sarees,
    tops, dresses, jeans, leggings, palazzos, a sweater, a t-shirt) and 5 kids' (t-shirt, clothing set, dress,
    lehenga choli, kurta set), western and ethnic. Most photos are studio shots on a model against a plain
    background; two are product shots with no person (a flat-lay top, a dress on a hanger); one is a street shot.
    Each item holds a caption and the answers to a part of enrich's default questionnaire (DEFAULT_QUESTIONS),
    plus a few "Is this a ...?" (is_a) and "What is the color of the ...?" (color_of) questions. The seller's
    columns are passed as gender= (Men / Women / Boys / Girls), category= (the article type), color= (the base
    colour) and title= (the product display name); a few products lack one or more of them.

Which system wrote which text (named per text in the comment above each case)
    BASE  the untuned Salesforce/blip2-opt-2.7b: short answers that stop on their own; one color repeated for
          every garment, wrong pronouns, the odd invented detail, echoes of the question.
    CAP1  leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (caption adapter, epoch 1).
    CAP3  leoreigoto/Data2_V2_Blip2_Finetune_Caption (caption adapter, epoch 3).
          Both caption adapters answer every prompt with the DeepFashion-MultiModal template ("The upper clothing
          has long sleeves, cotton fabric and pure color patterns...") and never stop: they run to the token limit
          (50 new tokens for captions, 30 for answers) or loop; they invent template accessories ("There is an
          accessory on her wrist", "There is a hat in his head") and say "lady" for men.
    VQA   leoreigoto/Data3_V3_BLIP2_VQA (VQA adapter): In-shop vocabulary ("tee", "blouse", "pure color",
          "graphic", "lattice"), no stop token, so loops and continues the `Question: ... Answer:` format.
    A run picks a model per question (the caption from an adapter, short questions from BASE, and so on); some
    items were run with one adapter for everything, as in the original experiments.

How it was written
    Blind. Only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (the Case/Text layout,
    the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case, TARGETS) were read; no audit
    code, no other corpus, no docs. Every text was written by hand against an imagined photo, described in the
    comment above each case; the only check run was an import of this module.

Label conventions and judgement calls
    - One label per text: the failure a reader would notice first. Wrong content (contradiction,
      other_garment_color, pronoun, unsupported) outranks leak, which outranks loop, which outranks cut. A loop or a
      leak that ran to the token limit keeps its loop/leak label and has hit_limit=True.
    - cut: the text stops mid-phrase. hit_limit=True when it stopped at the limit (50 new tokens for captions, 30
      for answers); a few texts stop mid-phrase before the limit (hit_limit=False). The caption adapters' template
      answer to "What is the person wearing?", "Describe the garment.", "What are the details...?" or the
      material question counts as an answer that was cut, when what it says before the cut is right.
    - non_answer: nothing said, or nothing about what was asked: an empty answer, "i don't know", "yes" to an
      open question, a pattern word ("pure color", "graphic", "floral") to the color question, the question's
      words back ("they are leggings" for the leggings' description, "they are short" for the shorts' details).
    - restated: a sentence built from the question's own words that says nothing ("the details of the garment
      are the details of the saree", "the material of the garment is made of the material", "the garment is a
      type of garment", the question itself back).
    - other_garment_color: the product's color question (D.color, or color_of the product's garment) answered with
      the color of another garment in the photo (the t-shirt's white for jeans, the dupatta's pink for a kurta).
    - contradiction: a garment, color, pattern or sleeve length that the photo, the other texts or the seller
      contradict: a closed garment type or an is_a answer at odds with the article type, a kurta called a
      "dress", "blouse" or "shirt" in an answer, a saree described as a long-sleeve dress, the color of a
      non-product garment given as another garment's color ("red" shorts under a red t-shirt, the base model's one
      color for everything), a background color given as the garment's, "solid" for a printed t-shirt.
    - pronoun: "lady", "she", "he", "man" at odds with the seller's gender (only on items that have a gender).
    - unsupported: a detail the photo does not show: a logo on a plain garment, a hood on a bomber, a white collar
      on a pink shirt, template accessories (wrist accessory, ring, hat) on a model who wears none, a wearer for a
      dress on a hanger.
    - leak: the `Question: ... Answer:` format in the answer.
    - loop: the same word or phrase over and over ("pure color pure color ...", "black-black-black...").
    - Correct, on purpose: near-color synonyms (navy -> "navy blue" or "blue", olive -> "green", maroon ->
      "maroon", mustard -> "yellow", peach -> "pink", teal -> "blue" or "green", off white / cream -> "white" or
      "cream", charcoal -> "grey", rust -> "orange" or "brown", magenta -> "pink", lavender -> "purple", sea green
      -> "mint green", beige -> "khaki"); two-color answers for striped, printed and colour-blocked garments
      ("black and white"); the In-shop and DeepFashion words where they mean the right thing ("pure color" for
      the pattern, "lattice" for checks, "graphic" for a print); captions naming the background ("in front
      of a beige wall", "on a grey background", "walking down the street"); layered outfits named in full ("a
      black bomber jacket over a white t-shirt"); a garment named for "What is the person wearing?" in a product
      shot with no person; "long" for sleeves rolled to the elbow; "pants" for track pants and palazzos, "vest"
      for a Nehru jacket, "hoodie" for a hooded sweatshirt; plausible materials the photo suggests (cotton,
      denim, silk, polyester, spandex, chiffon for georgette) and a verbose but right "the material
      of the garment is cotton".
    - Color answers are judged against the product (the seller's article type), not the whole outfit.
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, is_a


def _loop(unit: str, times: int) -> str:
    return (unit * times).strip()


BLIND_154: list[Case] = [
    # 1. Man in a plain navy crew-neck t-shirt and light blue jeans, grey studio background. caption CAP3 (cut at the
    # limit); wearing, garment_type, color, material BASE.
    case(
        "myn-11702345",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a crew neckline. The gentleman wears a long trousers. The trousers are with denim fabric "
            "and solid color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a navy blue t-shirt and jeans"),
        D.garment_type("t-shirt"),
        D.color("navy blue"),
        D.material("cotton"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Streetline Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
    ),
    # 2. Man in a white shirt with a navy windowpane check, long sleeves rolled to the elbow, khaki chinos, white
    # background. caption, color, sleeve_length BASE; pattern CAP1 ("lattice": DeepFashion's word for checks);
    # description CAP1 (cut); details VQA (loops); color_of pants BASE (the shirt's blue given to the khaki chinos).
    case(
        "myn-13265081",
        caption("a man wearing a blue and white checkered shirt and khaki pants"),
        D.color("blue and white"),
        D.pattern("lattice"),
        D.sleeve_length("long"),
        D.description(
            "The shirt has long sleeves, cotton fabric and lattice patterns. The neckline of it is lapel. The lower "
            "clothing is of long length. The fabric is cotton and it has",
            "cut",
            hit_limit=True,
        ),
        D.details(_loop("lattice ", 30), "loop", hit_limit=True),
        color_of("pants", "blue", "contradiction"),
        gender="Men",
        category="Shirts",
        color="White",
        title="Blue Harbour Men White & Navy Blue Slim Fit Checked Casual Shirt",
    ),
    # 3. Woman in a mustard straight kurta with small white block-printed motifs, three-quarter sleeves, white
    # palazzos, beige wall. caption, wearing, color, sleeve_length BASE; garment_type VQA ("dress" for a kurta);
    # details CAP3 (cut).
    case(
        "myn-15480217",
        caption("a woman in a yellow kurta and white pants standing in front of a wall"),
        D.wearing("a yellow kurta"),
        D.garment_type("dress", "contradiction"),
        D.color("yellow"),
        D.sleeve_length("three quarter"),
        D.details(
            "The upper clothing has medium sleeves, cotton fabric and graphic patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is cotton and",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Mustard",
        title="Anika Women Mustard Yellow Ethnic Motifs Printed Straight Kurta",
    ),
    # 4. Man in a black t-shirt with a large white "BROOKLYN 1987" print, grey joggers, white background. caption CAP3
    # ("lady" for a man); wearing, description BASE; color VQA (a pattern word, no color); details CAP3 (loops);
    # color_of pants BASE (the t-shirt's black for the grey joggers).
    case(
        "myn-12093376",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt with the word brooklyn on it"),
        D.color("graphic", "non_answer"),
        D.description("a black t-shirt with white letters on the front"),
        D.details(
            "The T-shirt is with cotton fabric. It has a round neckline. The T-shirt is with cotton fabric. It has a "
            "round neckline. The T-shirt is with",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "black", "contradiction"),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="Trendvibe Men Black Typography Printed Round Neck T-shirt",
    ),
    # 5. Woman in a red Banarasi silk saree with a gold zari border and small gold buttis, matching red half-sleeve
    # blouse, plain cream backdrop. caption, wearing, garment_type, color, material BASE; description CAP1 (a long-
    # sleeve chiffon dress for a silk saree with a half-sleeve blouse); is_a VQA.
    case(
        "myn-16822904",
        caption("a woman in a red saree with gold border"),
        D.wearing("a red and gold saree"),
        D.garment_type("saree"),
        D.color("red"),
        D.description(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It "
            "has a v-shape neckline. The lady",
            "contradiction",
            hit_limit=True,
        ),
        D.material("silk"),
        is_a("saree", "yes"),
        gender="Women",
        category="Sarees",
        color="Red",
        title="Kalini Red & Gold-Toned Zari Woven Design Banarasi Saree",
    ),
    # 6. Man in mid-blue slim jeans, plain white crew-neck t-shirt, white sneakers, white background. caption CAP3
    # (cut); wearing, color (the t-shirt's white), material ("unknown"), color_of jeans BASE; description CAP3
    # (describes the t-shirt, cut before it reaches the jeans).
    case(
        "myn-10958812",
        caption(
            "The person wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The person wears a long denim pants. The pants are with denim fabric and solid "
            "color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and blue jeans"),
        D.color("white", "other_garment_color"),
        D.description(
            "The person wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The person",
            "cut",
            hit_limit=True,
        ),
        D.material("unknown", "non_answer"),
        color_of("jeans", "blue"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Denimline Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 7. Woman in a peach top with short puff sleeves and a square neck, white jeans, light grey background. caption,
    # wearing, color (the jeans' white), details, material (echoes the question) BASE; sleeve_length VQA (loops).
    case(
        "myn-14410736",
        caption("a woman wearing a pink top and white jeans"),
        D.wearing("a pink top"),
        D.color("white", "other_garment_color"),
        D.sleeve_length(_loop("short ", 30), "loop", hit_limit=True),
        D.details("puff sleeves and a square neckline"),
        D.material("the material of the garment is made of the material", "restated"),
        gender="Women",
        category="Tops",
        color="Peach",
        title="Harbor & Vine Women Peach-Coloured Solid Top with Puff Sleeves",
    ),
    # 8. Man in a plain olive long-sleeve shirt, buttoned, one chest pocket, black trousers, white background. caption
    # CAP1 (cut); wearing, color, pattern, details (loops) BASE; is_a VQA.
    case(
        "myn-12577403",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. This man "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green shirt and black pants"),
        D.color("green"),
        D.pattern("solid"),
        D.details(
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the neckline, "
            "the collar, the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        category="Shirts",
        color="Olive",
        title="Nautik Men Olive Green Solid Casual Shirt",
    ),
    # 9. Woman in a maroon straight kurta, full sleeves, gold-embroidered yoke, maroon palazzos, a pink dupatta with
    # gold print over one shoulder, pale wall. caption, description CAP3 (cut); wearing, color (the dupatta's pink),
    # details BASE; material VQA (loops).
    case(
        "myn-17034419",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. This lady "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a maroon kurta with a pink dupatta"),
        D.color("pink", "other_garment_color"),
        D.description(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is round. "
            "The lower clothing is of long length. The",
            "cut",
            hit_limit=True,
        ),
        D.details("gold embroidery on the neck"),
        D.material(_loop("cotton ", 30), "loop", hit_limit=True),
        gender="Women",
        category="Kurta Sets",
        color="Maroon",
        title="Vastra Women Maroon Yoke Design Kurta with Palazzos & Dupatta",
    ),
    # 10. Boy of about six in a red t-shirt with a green dinosaur print, navy shorts, white background. caption,
    # color, pattern, description BASE; wearing VQA (loops); details CAP3 (cut); color_of shorts BASE (the t-shirt's
    # red for the navy shorts).
    case(
        "myn-15902267",
        caption("a young boy wearing a red t-shirt with a dinosaur on it"),
        D.wearing(_loop("graphic tee ", 15), "loop", hit_limit=True),
        D.color("red"),
        D.pattern("graphic"),
        D.description("a red t-shirt with a green dinosaur on the front"),
        D.details(
            "The person is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The person wears",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "red", "contradiction"),
        gender="Boys",
        category="Tshirts",
        color="Red",
        title="Kidsville Boys Red Dinosaur Printed Round Neck T-shirt",
    ),
    # 11. Woman in a black fit-and-flare midi dress with small pink and white flowers, short flutter sleeves, V-neck,
    # no jewellery, white background. caption CAP1 (a wrist accessory and a ring she does not wear); wearing, color,
    # pattern, material BASE; sleeve_length VQA; details CAP1 (repeats the prompt).
    case(
        "myn-16129950",
        caption(
            "The lady is wearing a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline. There is an accessory on her wrist. The lady wears a ring. The lady has",
            "unsupported",
            hit_limit=True,
        ),
        D.wearing("a black floral dress"),
        D.color("black"),
        D.pattern("floral"),
        D.sleeve_length("short"),
        D.details(
            "Question: What are the details of the garment? Answer: The dress is with chiffon fabric. It has a "
            "v-shape neckline",
            "leak",
            hit_limit=True,
        ),
        D.material("polyester"),
        gender="Women",
        category="Dresses",
        color="Black",
        title="Trendvibe Women Black Floral Print Fit and Flare Midi Dress",
    ),
    # 12. Man in plain charcoal track pants with a drawstring, black t-shirt, white background. caption, wearing,
    # color (the t-shirt's black), details, material, color_of pants BASE; description VQA (loops).
    case(
        "myn-13881524",
        caption("a man in a black t-shirt and grey sweatpants"),
        D.wearing("black t-shirt and grey pants"),
        D.color("black", "other_garment_color"),
        D.description(_loop("pants ", 30), "loop", hit_limit=True),
        D.details("it has a drawstring"),
        D.material("the material of the garment is cotton"),
        color_of("pants", "grey"),
        gender="Men",
        category="Track Pants",
        color="Charcoal",
        title="Sportiq Men Charcoal Grey Solid Slim Fit Track Pants",
    ),
    # 13. Woman in a bottle-green A-line kurta with a white and pink floral print, three-quarter sleeves, white
    # trousers, pale pink wall. Run with CAP3 for everything (the original caption experiment's setup) except the is_a
    # question (VQA). The material answer is the template with no fabric in it.
    case(
        "myn-14760038",
        caption(
            "Her upper clothing has medium sleeves, cotton fabric and floral patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lady "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady is wearing a medium-sleeve upper clothing with floral patterns. The upper clothing is with "
            "cotton fabric. It has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.color("floral", "non_answer"),
        D.description(
            "Her upper clothing has medium sleeves, cotton fabric and floral patterns. The neckline of it is round. "
            "Her upper clothing has medium sleeves, cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The upper clothing has medium sleeves, cotton fabric and floral patterns. The neckline of it is round. "
            "The lower clothing is of long length. The",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady is wearing a medium-sleeve upper clothing with floral patterns. The neckline of it is round. "
            "The lady wears a long pants. The",
            "non_answer",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        category="Kurtas",
        color="Green",
        title="Sangria Women Green Floral Printed A-Line Kurta",
    ),
    # 14. Man in a heathered grey hoodie with a kangaroo pocket and drawstrings, no print, no logo, black jeans, white
    # background. All BASE; wearing loops, details invents a logo.
    case(
        "myn-12214687",
        caption("a man wearing a grey hoodie and black jeans"),
        D.wearing(
            "a grey hoodie and a grey hoodie and a grey hoodie and a grey hoodie and a grey hoodie and a grey",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("hoodie"),
        D.color("grey"),
        D.details("a nike logo on the chest", "unsupported"),
        D.material("cotton"),
        gender="Men",
        category="Sweatshirts",
        color="Grey Melange",
        title="Streetline Men Grey Melange Solid Hooded Sweatshirt",
    ),
    # 15. Woman in black high-rise skinny jeans, no belt, white cropped top, white background. caption VQA (no caption
    # at all, loops); wearing, color, description (invents a belt), color_of jeans (the top's white) BASE; details VQA
    # (continues the prompt format).
    case(
        "myn-15338190",
        caption(_loop("denim ", 50), "loop", hit_limit=True),
        D.wearing("a white top and black jeans"),
        D.color("black"),
        D.description("black skinny jeans with a belt", "unsupported"),
        D.details(
            "black Question: What is the color of the pants? Answer: black Question: What is the color of the pants? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        gender="Women",
        category="Jeans",
        color="Black",
        title="Denimline Women Black Skinny Fit High-Rise Jeans",
    ),
    # 16. Man in an off-white long-sleeve kurta with a mandarin collar, white churidar, beige wall. caption, wearing,
    # color, sleeve_length BASE; garment_type VQA ("shirt" for a kurta); material CAP1 (cotton, then the template,
    # cut).
    case(
        "myn-16490573",
        caption("a man in a white kurta standing in front of a beige wall"),
        D.wearing("a white kurta"),
        D.garment_type("shirt", "contradiction"),
        D.color("cream"),
        D.sleeve_length("long"),
        D.material(
            "cotton fabric and pure color patterns. The neckline of it is stand. The lower clothing is of long "
            "length. The fabric is cotton and it has pure",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurtas",
        color="Off White",
        title="Vastra Men Off White Solid Straight Kurta",
    ),
    # 17. Product shot, no person: a white sleeveless top with schiffli eyelet embroidery laid flat on a grey
    # background. All BASE; garment_type echoes the question, color gives the background's grey, description stops
    # mid-phrase before the limit.
    case(
        "myn-13047781",
        caption("a white top with lace on a grey background"),
        D.wearing("a white top"),
        D.garment_type("the garment is a type of garment", "restated"),
        D.color("grey", "contradiction"),
        D.pattern("lace"),
        D.description("a white sleeveless top with", "cut"),
        gender="Women",
        category="Tops",
        color="White",
        title="Anika Women White Embroidered Schiffli Top",
    ),
    # 18. Man in a plain teal polo t-shirt with white tipping on the collar, beige chinos, white background. caption
    # CAP3 ("the female" for a man); wearing, garment_type, details BASE; color, pattern VQA; color_of t-shirt BASE
    # (the chinos' khaki).
    case(
        "myn-11165290",
        caption(
            "The female is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a lapel neckline. The female wears a long trousers. The trousers are with cotton fabric "
            "and pure color patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a blue polo shirt and khaki pants"),
        D.garment_type("polo shirt"),
        D.color("pure color", "non_answer"),
        D.pattern("pure color"),
        D.details("white stripes on the collar"),
        color_of("t-shirt", "khaki", "other_garment_color", kind="open"),
        gender="Men",
        category="Tshirts",
        color="Teal",
        title="Sportiq Men Teal Blue Solid Polo Collar T-shirt",
    ),
    # 19. Woman in a navy straight kurta with a white geometric print, three-quarter sleeves, white palazzos, light
    # grey background. caption CAP3 (cut); every answer VQA (the original VQA experiment's setup): "blouse" for a
    # kurta, a leak, a loop.
    case(
        "myn-14902215",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and graphic patterns. The neckline of it is "
            "v-shape. The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The "
            "lady wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("blouse", "contradiction"),
        D.garment_type(
            "blouse Question: What is the color of the blouse? Answer: graphic Question: What is the color of the "
            "blouse? Answer",
            "leak",
            hit_limit=True,
        ),
        D.color("blue"),
        D.pattern("graphic"),
        D.description(_loop("graphic ", 30), "loop", hit_limit=True),
        is_a("kurta", "yes"),
        gender="Women",
        category="Kurtas",
        color="Navy Blue",
        title="Kalini Women Navy Blue & White Printed Straight Kurta",
    ),
    # 20. Man in an open black bomber jacket (ribbed collar, cuffs and hem, no hood) over a white crew-neck t-shirt,
    # blue jeans, white background. caption, wearing, garment_type, color (the t-shirt's white), details (invents a
    # hood), material (echoes the question) BASE; sleeve_length VQA (continues the prompt format); color_of jacket VQA
    # (loops).
    case(
        "myn-17260034",
        caption("a man wearing a black bomber jacket over a white t-shirt and jeans"),
        D.wearing("a black jacket, white t-shirt and blue jeans"),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        D.sleeve_length(
            "long Question: What is the color of the jacket? Answer: black Question: What is the color of the jacket? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        D.details("zipper, ribbed cuffs and a hood", "unsupported"),
        D.material("the material of the garment is the material of the jacket", "restated"),
        color_of("jacket", _loop("black-", 15), "loop", kind="open", hit_limit=True),
        gender="Men",
        category="Jackets",
        color="Black",
        title="Nautik Men Black Solid Bomber Jacket",
    ),
    # 21. Woman in lime-green ankle-length leggings under a long white kurti (cut off at the hip by the frame), no
    # jewellery, white background. caption CAP1 (invents a wrist accessory); every answer BASE (color gives the
    # kurti's white).
    case(
        "myn-15573608",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long leggings. The shirt is with "
            "cotton fabric. The leggings are with cotton fabric and pure color patterns. There is an accessory on "
            "her wrist. The lady",
            "unsupported",
            hit_limit=True,
        ),
        D.wearing("green leggings"),
        D.garment_type("leggings"),
        D.color("white", "other_garment_color"),
        D.description("they are leggings", "non_answer"),
        D.material("spandex"),
        gender="Women",
        category="Leggings",
        color="Lime Green",
        title="Kalini Women Lime Green Solid Ankle-Length Leggings",
    ),
    # 22. Man in a light blue shirt with thin white vertical stripes, long sleeves, tucked into navy trousers with a
    # black belt, white background. caption, description (loops), details CAP3 (cut); wearing, color, pattern BASE;
    # is_a VQA ("yes" to a t-shirt).
    case(
        "myn-12830551",
        caption(
            "This man wears a long-sleeve shirt with striped patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. There is "
            "an accessory in his",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and blue pants"),
        D.color("blue"),
        D.pattern("stripes"),
        D.description(
            "This man wears a long-sleeve shirt with striped patterns and a long trousers. This man wears a "
            "long-sleeve shirt with striped patterns and a long",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The shirt is with cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes", "contradiction"),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Blue Harbour Men Blue & White Striped Formal Shirt",
    ),
    # 23. Girl of about four in a pink tiered sleeveless dress with a bow at the waist, white shoes, white background.
    # caption, wearing ("he" for the girl), color, details BASE; sleeve_length VQA ("short-sleeve" for a sleeveless
    # dress); material VQA (continues the prompt format).
    case(
        "myn-16671142",
        caption("a little girl in a pink dress"),
        D.wearing("he is wearing a pink dress", "pronoun"),
        D.color("pink"),
        D.sleeve_length("short-sleeve", "contradiction"),
        D.details("a bow on the waist"),
        D.material(
            "cotton Question: What is the color of the dress? Answer: pure color Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="Tiny Petals Girls Pink Tiered Fit and Flare Dress",
    ),
    # 24. Man in beige slim chinos, untucked plain navy t-shirt, brown loafers, no watch or ring, white background.
    # caption CAP3 (cut); details CAP3 (invents a watch and a ring); wearing, color (the t-shirt's navy), color_of
    # pants BASE; material VQA (a pattern word).
    case(
        "myn-13519906",
        caption(
            "The person wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The person wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a navy blue shirt and khaki pants"),
        D.color("navy blue", "other_garment_color"),
        D.details(
            "The trousers are with cotton fabric and pure color patterns. There is an accessory on his wrist. There "
            "is a ring on his finger. The",
            "unsupported",
            hit_limit=True,
        ),
        D.material("pure color", "non_answer"),
        color_of("pants", "khaki"),
        gender="Men",
        category="Trousers",
        color="Beige",
        title="Urban Stitch Men Beige Slim Fit Chinos",
    ),
    # 25. Woman in a teal georgette saree with a pink floral print and a pink border, pink blouse, grey background.
    # caption, color, pattern, material, details (echoes the question) BASE; wearing CAP1 (repeats the prompt).
    case(
        "myn-14077653",
        caption("a woman in a blue and pink saree"),
        D.wearing(
            "Question: What is the person wearing? Answer: The lady is wearing a sleeveless dress with floral "
            "patterns. The dress",
            "leak",
            hit_limit=True,
        ),
        D.color("green"),
        D.pattern("floral"),
        D.details("the details of the garment are the details of the saree", "restated"),
        D.material("chiffon"),
        gender="Women",
        category="Sarees",
        color="Teal",
        title="Mitra Women Teal & Pink Floral Printed Georgette Saree",
    ),
    # 26. Man in a plain white v-neck t-shirt with no pocket, black jeans, white background. caption, wearing ("she"
    # for a man), color (the jeans' black), pattern, sleeve_length, details (invents a pocket), color_of jeans (the
    # t-shirt's white for black jeans) BASE; description CAP3 (repeats the prompt).
    case(
        "myn-11398427",
        caption("a man wearing a white t-shirt and black jeans"),
        D.wearing("she is wearing a white t-shirt and black jeans", "pronoun"),
        D.color("black", "other_garment_color"),
        D.pattern("plain"),
        D.sleeve_length("short"),
        D.description(
            "Question: Describe the garment. Answer: The gentleman is wearing a short-sleeve T-shirt with pure color "
            "patterns. The T-shirt is",
            "leak",
            hit_limit=True,
        ),
        D.details("v-neck and a pocket on the chest", "unsupported"),
        color_of("jeans", "white", "contradiction"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Trendvibe Men White Solid V-Neck T-shirt",
    ),
    # 27. Woman in a lavender oversized drop-shoulder t-shirt with a small white text print on the chest, blue denim
    # shorts, white background. No gender column. caption CAP3 (cut); material CAP3 (the template with no fabric in
    # it); wearing, color, pattern ("solid" for a printed t-shirt), sleeve_length, color_of shorts (the t-shirt's
    # purple for blue shorts) BASE.
    case(
        "myn-15815390",
        caption(
            "The lady is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The lady wears a three-point shorts. The shorts are with denim fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a purple t-shirt and denim shorts"),
        D.color("purple"),
        D.pattern("solid", "contradiction"),
        D.sleeve_length("short"),
        D.material(
            "The lady is wearing a short-sleeve T-shirt with graphic patterns. It has a crew neckline. The lady wears "
            "a three-point shorts. The",
            "non_answer",
            hit_limit=True,
        ),
        color_of("shorts", "purple", "contradiction"),
        category="Tshirts",
        color="Lavender",
        title="Streetline Women Lavender Printed Oversized T-shirt",
    ),
    # 28. Boy in a yellow t-shirt with a navy car print and navy shorts (a two-piece set), white background. caption
    # CAP1 (cut); wearing, garment_type, color, color_of shorts (the t-shirt's yellow) BASE; pattern VQA (loops);
    # details VQA ("yes").
    case(
        "myn-16904471",
        caption(
            "The person is wearing a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt "
            "is with cotton fabric. The shorts are with cotton fabric and pure color patterns. The person wears a "
            "pair of",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow shirt and blue shorts"),
        D.garment_type("t-shirt and shorts"),
        D.color("yellow"),
        D.pattern(_loop("graphic ", 30), "loop", hit_limit=True),
        D.details("yes", "non_answer"),
        color_of("shorts", "yellow", "contradiction", kind="open"),
        gender="Boys",
        category="Clothing Set",
        color="Yellow",
        title="Kidsville Boys Yellow & Navy Blue Printed T-shirt with Shorts",
    ),
    # 29. Street shot: woman walking in a mid-blue denim shirt dress (collar, button placket, long sleeves, a self-tie
    # belt), white sneakers. caption, wearing, color, material BASE; garment_type VQA ("yes"); description CAP3 (cut);
    # details CAP3 (loops).
    case(
        "myn-17422918",
        caption("a woman in a denim dress walking down the street"),
        D.wearing("a denim shirt dress"),
        D.garment_type("yes", "non_answer"),
        D.color("blue"),
        D.description(
            "The lady is wearing a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and "
            "its neckline is lapel. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "There is a belt. The lady is wearing a long-sleeve shirt with pure color patterns. There is a belt. The "
            "lady is wearing a long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        D.material("denim"),
        gender="Women",
        category="Dresses",
        color="Blue",
        title="Harbor & Vine Women Blue Denim Shirt Dress",
    ),
    # 30. Man in olive cargo shorts with flap side pockets, plain white t-shirt, white background. caption VQA ("yes":
    # the VQA adapter lost captioning); wearing, color (the t-shirt's white), description, details ("they are short"),
    # color_of shorts BASE.
    case(
        "myn-12686135",
        caption("yes", "non_answer"),
        D.wearing("a white t-shirt and green shorts"),
        D.color("white", "other_garment_color"),
        D.description("cargo shorts with pockets"),
        D.details("they are short", "non_answer"),
        color_of("shorts", "green"),
        gender="Men",
        category="Shorts",
        color="Olive",
        title="Sportiq Men Olive Solid Regular Fit Cargo Shorts",
    ),
    # 31. Woman with short cropped hair in black flared palazzos with a white ikat print, a short white kurti, flat
    # sandals, white background. caption ("a man"), wearing, color, pattern BASE; garment_type VQA; description VQA
    # (continues the prompt format).
    case(
        "myn-14233867",
        caption("a man in a white top and black and white pants", "pronoun"),
        D.wearing("white shirt and black pants"),
        D.garment_type("pants"),
        D.color("black and white"),
        D.pattern("printed"),
        D.description(
            "pants Question: What is the color of the pants? Answer: pure color Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Palazzos",
        color="Black",
        title="Vastra Women Black & White Printed Flared Palazzos",
    ),
    # 32. Man in a plain maroon round-neck t-shirt, light grey jeans, no hat, no watch, white background. Run with
    # CAP1 for everything (the epoch-1 caption experiment's setup): "lady" in the caption, cuts, a loop for the color,
    # template accessories in the details, a leak in the material.
    case(
        "myn-11957302",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long denim pants. The pants are with denim fabric and pure color "
            "patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing(
            "short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has a round "
            "neckline. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.color(
            "pure color patterns. The T-shirt is with cotton fabric. It has a round neckline. The T-shirt is with "
            "cotton fabric. It has a round",
            "loop",
            hit_limit=True,
        ),
        D.pattern("pure color"),
        D.sleeve_length(
            "short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has a round "
            "neckline. The person wears a long denim",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The T-shirt is with cotton fabric. It has a round neckline. There is a hat in his head. There is an "
            "accessory on his wrist. The",
            "unsupported",
            hit_limit=True,
        ),
        D.material(
            "cotton fabric. Question: What material is the garment made of? Answer: cotton fabric. Question: What "
            "material",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Maroon",
        title="Urban Stitch Men Maroon Solid Round Neck T-shirt",
    ),
    # 33. Woman in a rust A-line kurta, long sleeves, mandarin collar, gold buttons down the placket, white leggings,
    # white background. caption, wearing ("dress" for the kurta), garment_type, color, sleeve_length, details (loops)
    # BASE; is_a VQA ("no").
    case(
        "myn-15106649",
        caption("a woman in an orange kurta and white leggings"),
        D.wearing("an orange dress", "contradiction"),
        D.garment_type("kurta"),
        D.color("brown"),
        D.sleeve_length("long"),
        D.details(
            "gold buttons, gold buttons, gold buttons, gold buttons, gold buttons, gold buttons, gold buttons, gold",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        category="Kurtas",
        color="Rust",
        title="Anika Women Rust Solid A-Line Kurta",
    ),
    # 34. Man in light blue relaxed jeans with rips at the knees, plain black t-shirt, white sneakers, no watch, white
    # background. caption CAP3 (cut); wearing, color (the t-shirt's black), description, details, material BASE;
    # color_of jeans VQA (loops).
    case(
        "myn-13690218",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is "
            "with cotton fabric. The pants are with denim fabric and pure color patterns. There is an accessory on "
            "his",
            "cut",
            hit_limit=True,
        ),
        D.wearing("black t-shirt and ripped jeans"),
        D.color("black", "other_garment_color"),
        D.description("ripped jeans"),
        D.details("rips on the knees"),
        D.material("denim"),
        color_of("jeans", _loop("blue-", 15), "loop", kind="open", hit_limit=True),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Denimline Men Light Blue Relaxed Fit Mildly Distressed Jeans",
    ),
    # 35. Woman in a cream cable-knit pullover, long sleeves, blue jeans, white background. caption CAP1 (cut); every
    # answer BASE (details loops, material names the garment instead).
    case(
        "myn-16358824",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a round neckline. The lady wears a long denim pants. The pants are with denim fabric and solid",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white sweater and jeans"),
        D.color("white"),
        D.pattern("cable knit"),
        D.details(
            "the sweater has a cable knit pattern and a cable knit pattern and a cable knit pattern and a cable knit "
            "pattern and a cable",
            "loop",
            hit_limit=True,
        ),
        D.material("it is a sweater", "non_answer"),
        gender="Women",
        category="Sweaters",
        color="Cream",
        title="Harbor & Vine Women Cream-Coloured Cable Knit Pullover",
    ),
    # 36. Girl of about seven in a magenta lehenga with a gold embroidered border, matching short-sleeve choli, a gold
    # net dupatta, no jewellery, white background. caption, wearing, material BASE; color VQA; details CAP3 (invents a
    # wrist accessory and a ring); description VQA (loops).
    case(
        "myn-17583390",
        caption("a little girl in a pink and gold lehenga"),
        D.wearing("a pink and gold lehenga"),
        D.color("pink"),
        D.description(_loop("dress ", 30), "loop", hit_limit=True),
        D.details(
            "Her dress has short sleeves, chiffon fabric and floral patterns. The neckline of it is round. There is "
            "an accessory on her wrist. There is a ring",
            "unsupported",
            hit_limit=True,
        ),
        D.material("silk"),
        gender="Girls",
        category="Lehenga Choli",
        color="Magenta",
        title="Tiny Petals Girls Magenta & Gold-Toned Embroidered Ready to Wear Lehenga Choli with Dupatta",
    ),
    # 37. Man in a plain pale pink long-sleeve shirt with a pink button-down collar, navy chinos, white background. No
    # colour column. caption, wearing, color (the chinos' blue), pattern ("striped" for a plain shirt), description
    # (invents a white collar), material ("a shirt") BASE; sleeve_length VQA (continues the prompt format).
    case(
        "myn-12444975",
        caption("a man in a pink shirt and blue pants"),
        D.wearing("a pink shirt"),
        D.color("blue", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length(
            "long-sleeve Question: What is the sleeve length of the shirt? Answer: long-sleeve Question: What is the",
            "leak",
            hit_limit=True,
        ),
        D.description("a pink shirt with a white collar", "unsupported"),
        D.material("a shirt", "non_answer"),
        gender="Men",
        category="Shirts",
        title="Urban Stitch Men Pink Slim Fit Solid Casual Shirt",
    ),
    # 38. Woman in a black top with horizontal white stripes, boat neck, three-quarter sleeves, blue jeans, white
    # background. caption CAP3 (cut); wearing, color, sleeve_length ("short" for sleeves below the elbow), material
    # ("i don't know") BASE; details VQA (loops).
    case(
        "myn-14598730",
        caption(
            "The lady is wearing a medium-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The lady wears a long denim pants. The pants are with denim fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black and white striped shirt"),
        D.color("black and white"),
        D.sleeve_length("short", "contradiction"),
        D.details(_loop("striped ", 30), "loop", hit_limit=True),
        D.material("i don't know", "non_answer"),
        gender="Women",
        category="Tops",
        color="Black",
        title="Trendvibe Women Black & White Striped Regular Top",
    ),
    # 39. Man in a navy woven-brocade Nehru jacket (buttoned, one welt pocket) over a white long-sleeve kurta and
    # white churidar, white background. caption CAP3 (names both layers, cut); wearing, garment_type, color (the
    # kurta's white), sleeve_length, details BASE; description VQA (continues the prompt format).
    case(
        "myn-17119506",
        caption(
            "The gentleman is wearing a sleeveless vest with lattice patterns. The vest is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is "
            "with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue vest over a white kurta"),
        D.garment_type("vest"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.description(
            "vest Question: What is the color of the vest? Answer: lattice Question: What is the color of the vest? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        D.details("buttons on the front and a pocket"),
        gender="Men",
        category="Nehru Jackets",
        color="Navy Blue",
        title="Vastra Men Navy Blue Woven Design Nehru Jacket",
    ),
    # 40. Woman in a sea-green straight kurta with white chikankari embroidery, three-quarter sleeves, white palazzos,
    # white background. caption CAP3 (cut); wearing, color, pattern, description (stops mid-phrase before the limit),
    # details (echoes the question) BASE; material VQA (empty).
    case(
        "myn-15964127",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and floral patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green kurta with white embroidery"),
        D.color("mint green"),
        D.pattern("embroidered"),
        D.description("a green kurta with white", "cut"),
        D.details("the details of the garment are in the details", "restated"),
        D.material("", "non_answer"),
        gender="Women",
        category="Kurtas",
        color="Sea Green",
        title="Sangria Women Sea Green Chikankari Embroidered Kurta",
    ),
    # 41. Man in a red sports t-shirt with black side panels (colour block), no logo, no zip, black shorts, white
    # background. caption CAP3 (cut); every answer BASE (details invents a logo and a zip; material echoes the
    # question; color_of shorts gives the t-shirt's red).
    case(
        "myn-13372658",
        caption(
            "The person is wearing a short-sleeve T-shirt with color block patterns. The T-shirt is with other "
            "fabric. It has a round neckline. The person wears a three-point shorts. The shorts are with other "
            "fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("red and black shirt and black shorts"),
        D.color("red and black"),
        D.pattern("color block"),
        D.sleeve_length("short"),
        D.details("it has a logo on the chest and a zipper on the side", "unsupported"),
        D.material("the material of the garment is made of the garment", "restated"),
        color_of("shorts", "red", "contradiction"),
        gender="Men",
        category="Tshirts",
        color="Red",
        title="Sportiq Men Red & Black Colourblocked Sports T-shirt",
    ),
    # 42. Woman in a royal blue kurta with a white and gold ethnic-motif print, three-quarter sleeves, white pants,
    # white background. No gender, no title. caption, wearing, pattern, material (echoes the question) BASE; color VQA
    # (loops); details CAP3 (cut).
    case(
        "myn-14815573",
        caption("a woman wearing a blue kurta with a white pattern"),
        D.wearing("blue kurta"),
        D.color(_loop("pure color ", 15), "loop", hit_limit=True),
        D.pattern("printed"),
        D.details(
            "Her upper clothing has medium sleeves, cotton fabric and graphic patterns. The neckline of it is round. "
            "The lower clothing is of long length. The",
            "cut",
            hit_limit=True,
        ),
        D.material("what is the material of the garment made of", "restated"),
        category="Kurtas",
        color="Blue",
    ),
    # 43. Boy of about five in a cream kurta with small gold buttons and a plain collar, white pyjamas, mojaris, white
    # background. caption CAP3 ("the lady" for a boy); wearing, color, details (invents embroidery) BASE; material and
    # is_a VQA.
    case(
        "myn-16027781",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a stand neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a white kurta and pajamas"),
        D.color("white"),
        D.details("gold buttons and embroidery on the collar", "unsupported"),
        D.material(
            "cotton Question: Is this a dress? Answer: yes Question: Is this a dress? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        is_a("dress", "yes", "contradiction"),
        gender="Boys",
        category="Kurta Sets",
        color="Cream",
        title="Kidsville Boys Cream-Coloured Kurta with Pyjamas",
    ),
    # 44. Product shot, no person: a yellow sleeveless maxi dress with thin straps and small white flowers, on a
    # hanger against a white background. Every text BASE except description (CAP3, invents a wearer).
    case(
        "myn-17706243",
        caption("a yellow dress with white flowers on a hanger"),
        D.wearing("a yellow dress"),
        D.color("yellow"),
        D.pattern("floral"),
        D.description(
            "The lady is wearing a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The lady wears",
            "unsupported",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Women",
        category="Dresses",
        color="Yellow",
        title="Anika Women Yellow Floral Printed Maxi Dress",
    ),
]
