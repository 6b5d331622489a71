"""BLIND_646 (46 products; Myntra innerwear/lingerie, base BLIP-2 zero-shot): written blind in the fifty-third session.
Measured blind at b9b5c66 (the session's fifteenth rules): 102/131 failures found (77.9%) and 3/184 correct texts
flagged (1.6%). The writer's notes, verbatim:

Scenario: a Myntra innerwear and lingerie feed for men and women: bras, briefs, trunks, boxers, innerwear vests,
camisoles, slips, shapewear and lingerie sets. Most photos are catalog shots on a white or light grey backdrop, the
model cropped from the neck or chest to the thighs and often wearing a second garment (a vest over trunks, jeans
with a camisole, a robe over a bra); a few are flat lays of multi-packs or a bra on a bust form, with no person.
The questions are the experiments' per-piece ones, asked about the labelled piece: "What is the person wearing?",
"What is the color of the {piece}?", "What is the {piece} color?", "Describe the {piece}.", "What are the {piece}
details?", "Is this a {piece}?", and now and then the material question.

Who wrote what: every text comes from the untuned base model, Salesforce/blip2-opt-2.7b, zero-shot, greedy, 30 new
tokens for answers and 50 for captions. Closed questions (the color of the piece, the yes/no garment question) are
enrich's --engine reference picking one candidate, so they never loop or stop short, but they can pick the color of
the vest worn over the trunks or plain get the color wrong. Open answers and captions are free generation: the base
model answers short and usually stops at the newline, but now and then it runs on, continues the
"Question: ... Answer:" format by itself, repeats a clause until the limit, or is cut at 30 tokens mid-clause. It
calls trunks "boxer briefs" or "underwear", vests "tank tops", camisoles "tank tops", slips "dresses" or
"nightgowns", says "he"/"she" from a torso crop it cannot really sex, and invents construction details (padding,
underwire, closures, zippers, pockets, fabrics) it cannot see.

Labeling conventions and judgement calls:
- One label per text. A leak that also runs to the limit is "leak"; a clause repeated to the limit is "loop" (not
  "cut", though it also ends mid-phrase); "cut" is a text that runs on with new content and stops mid-clause.
- Every text that ran to the token limit has hit_limit=True; no correct text hit the limit.
- A wrong color that is the color of another garment visible in the photo (the vest over the trunks, the jeans, the
  robe) is "other_garment_color"; a wrong color that nothing in the photo wears (the mannequin, the backdrop, or
  simply a wrong hue) is "contradiction". A wrong pattern (polka dots for a floral print) is "contradiction".
- Colors are judged by the seller's color group: pink for Peach, red for Maroon, beige / nude / skin colored for
  Skin or Nude, grey for Grey Melange, blue for Navy Blue, purple for Lavender, green for Olive are all right.
  White for a nude bra is wrong. For an assorted pack, any color that is in the pack is right.
- Garment synonyms are right: "underwear", "boxer briefs" and "boxers" for trunks, "panties" for briefs, "tank top"
  for a vest or a camisole, "dress" or "nightgown" for a slip, "bodysuit" for a shaping bodysuit, "bike shorts" or
  "shorts" for shaping shorts, "spanx" for shapewear. A garment of another kind is "contradiction": "swimsuit" for
  a shaping bodysuit, "bikini" for a bra, "no" to "Is this a bra?" when it is one.
- Invented details the photo cannot show or that it shows otherwise (padding on an unlined lace bra, a zipper on a
  pull-on shaper, a back pocket, a button fly, straps on a strapless bra, an invented logo, a person in a flat lay)
  are "unsupported", and so is a caption's invented prop or setting (a glass of wine, a bed). The material
  question, and any fabric named in an answer, is right only when the title names the fabric or the photo shows it
  (lace, satin sheen, rib knit); "cotton" for a title without a fabric is "unsupported", and a fabric against the
  title ("polyester" for a "Cotton Vest") is also "unsupported".
- Some rows lack a column, as real feeds do: two rows have no gender, one assorted pack has no color.
- A cut or looping text keeps its label even where its first clause also invents something (a cotton claim in a cut
  description): the label is the failure that ends the text.
- A one-word answer to a describe or details question, "yes"/"no" to an open question, or an answer that only
  names the piece ("it is a bra", "they are trunks") is "non_answer". One-word answers to the wearing and color
  questions are answers. An answer that gives back the question's own words ("the briefs details") is "restated".
- "pronoun" only for he/she/his/her against the row's gender; rows without a gender carry no pronoun failure. A
  "he" or "she" in a photo without a person is not labelled pronoun when it matches the row's gender (it is the
  invented person that is labelled, "unsupported").
"""

from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, question, wearing


def piece_color(piece: str):
    """The experiments' other color prompt, "What is the shirt color?", asked of the piece, free generation."""
    return question(f"{piece.replace(' ', '_')}_color", f"What is the {piece} color?", "open")


BLIND_646 = [
    # photo: woman in a plain black seamless T-shirt bra with adjustable straps and matching black briefs, white
    # backdrop, front view cropped neck to hips; base blip2-opt-2.7b zero-shot wrote all texts (closed: reference)
    case(
        "X646-001",
        caption("a woman in a black bra and panties standing against a white background"),
        wearing("a black bra and panties"),
        color_of("bra", "black"),
        describe("bra", "a black bra with a lace trim", "unsupported"),
        details("bra", "the straps are adjustable"),
        piece_color("bra")("navy blue", "contradiction"),
        is_a("bra", "yes"),
        title="Jockey Women Black Non-Padded T-shirt Bra 1722",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: man in navy trunks with a grey waistband lettered JOCKEY in white, and a white ribbed vest; white
    # backdrop, chest to thighs; base model zero-shot wrote all texts
    case(
        "X646-002",
        caption("a man in a white tank top and blue underwear"),
        wearing("he is wearing a white tank top and blue boxer briefs"),
        color_of("trunks", "white", "other_garment_color"),
        describe("trunks", "the trunks are blue with a grey waistband"),
        details("trunks", "the waistband has the jockey logo on it"),
        is_a("trunks", "yes", article="a pair of"),
        material("cotton", "unsupported"),
        title="Jockey Men Navy Blue Trunks US21",
        category="Trunk",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a pale pink camisole with spaghetti straps and a lace trim at the neckline, light blue jeans,
    # white backdrop, front view; base model zero-shot wrote all texts
    case(
        "X646-003",
        caption("a woman wearing a pink tank top and jeans"),
        wearing("a pink tank top and blue jeans"),
        color_of("camisole", "blue", "other_garment_color"),
        describe(
            "camisole",
            "it is a pink camisole with thin straps and a lace trim at the neckline Question: What is the color of the"
            " camisole? Answer: pink",
            "leak",
            hit_limit=True,
        ),
        details("camisole", "spaghetti straps"),
        is_a("camisole", "yes"),
        material("silk", "unsupported"),
        title="Enamor Women Pink Camisole",
        category="Camisoles",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a white ribbed sleeveless vest with a scoop neck and black track pants, white backdrop, front
    # view to the knees; base model zero-shot wrote all texts
    case(
        "X646-004",
        caption("a man in a white tank top and black pants"),
        wearing("she is wearing a white tank top", "pronoun"),
        color_of("vest", "white"),
        describe("vest", "a white ribbed tank top"),
        details("vest", "the vest is made of cotton and has a round neck"),
        material("polyester", "unsupported"),
        is_a("vest", "yes"),
        title="Dixcy Scott Men White Cotton Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: flat lay of three folded hipster briefs, maroon, peach and navy, on a light grey backdrop, no person;
    # base model zero-shot wrote all texts
    case(
        "X646-005",
        caption("three pairs of underwear on a grey background"),
        wearing("underwear"),
        color_of("briefs", "red"),
        describe("briefs", "three pairs of panties in different colors"),
        piece_color("briefs")(
            "maroon, peach and blue Question: What is the color of the briefs? Answer: maroon, peach and blue"
            " Question:",
            "leak",
            hit_limit=True,
        ),
        details("briefs", "the details of the briefs are the briefs", "restated"),
        is_a("briefs", "no", "contradiction", article="a pair of"),
        title="Amante Women Pack of 3 Assorted Hipster Briefs",
        category="Briefs",
        color="Multi",
        gender="Women",
    ),
    # photo: woman in a nude (skin toned) padded underwired T-shirt bra with a small center bow and matching nude
    # briefs, light grey backdrop, front view; base model zero-shot wrote all texts
    case(
        "X646-006",
        caption("a woman in a beige bra and underwear"),
        wearing("a bra and panties"),
        color_of("bra", "white", "contradiction"),
        piece_color("bra")("the bra is skin colored"),
        describe("bra", "a nude bra with underwire and padding"),
        details("bra", "it has a front hook closure", "unsupported"),
        is_a("bra", "yes"),
        title="Triumph Women Nude Underwired Padded Bra",
        category="Bra",
        color="Nude",
        gender="Women",
    ),
    # photo: man in grey melange briefs with a black waistband lettered in white, bare chest, white backdrop,
    # navel to thighs, three-quarter view; base model zero-shot wrote all texts
    case(
        "X646-007",
        caption("a man in grey underwear with a black waistband"),
        wearing("she is wearing a pair of grey briefs", "pronoun"),
        color_of("briefs", "grey"),
        describe("briefs", "grey briefs"),
        piece_color("briefs")("white", "contradiction"),
        details(
            "briefs",
            "the briefs have a black waistband with white lettering and a fly in the front and the briefs have a"
            " black waistband with white lettering and a",
            "loop",
            hit_limit=True,
        ),
        is_a("briefs", "yes", article="a pair of"),
        title="Macroman M-Series Men Grey Melange Briefs",
        category="Briefs",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a skin colored high-waist tummy-tucker shaping brief reaching from under the bust to mid
    # thigh, with a black bra, white backdrop, front view; base model zero-shot wrote all texts
    case(
        "X646-008",
        caption("a woman in a black bra and a beige high waisted girdle"),
        wearing("a black bra and a pair of spanx"),
        color_of("shapewear", "black", "other_garment_color"),
        describe("shapewear", "it is a high waisted shapewear that covers the stomach"),
        details("shapewear", "shapewear", "non_answer"),
        is_a("shapewear", "yes", article="a piece of"),
        material("nylon and spandex", "unsupported"),
        title="Zivame Women Skin Coloured Tummy Tucker Shapewear",
        category="Shapewear",
        color="Skin",
        gender="Women",
    ),
    # photo: a retail box of three folded trunks, black, grey melange and navy, each with a contrast waistband
    # printed with the logo, white backdrop, no person; base model zero-shot wrote all texts
    case(
        "X646-009",
        caption("a package of three pairs of men's underwear"),
        wearing("he is wearing a pair of boxer briefs", "unsupported"),
        color_of("trunks", "black"),
        describe("trunks", "black, grey and blue boxer briefs"),
        details(
            "trunks",
            "the trunks have a contrast waistband with the jockey logo printed in white and the pack has a window on"
            " the front so you can see the",
            "cut",
            hit_limit=True,
        ),
        is_a("trunks", "yes", article="a pair of"),
        title="Jockey Men Pack of 3 Assorted Trunks",
        category="Trunk",
        color="Multi",
        gender="Men",
    ),
    # photo: woman in a red lace bra and matching red lace briefs under an open black satin kimono robe, light
    # grey backdrop, front view; base model zero-shot wrote all texts
    case(
        "X646-010",
        caption("a woman in red lingerie and a black robe"),
        wearing("a red bra and a black kimono"),
        color_of("bra", "black", "other_garment_color"),
        describe("bra", "a red lace bra"),
        details(
            "bra",
            "the bra has lace and a Question: What is the color of the bra? Answer: red Question: What is the color"
            " of the robe? Answer: black",
            "leak",
            hit_limit=True,
        ),
        piece_color("bra")("red"),
        is_a("bra", "yes"),
        material("lace"),
        title="Amante Women Red Lace Non-Padded Bra",
        category="Bra",
        color="Red",
        gender="Women",
    ),
    # photo: man in a plain black sleeveless vest with deep armholes and grey melange trunks, white backdrop, front
    # view chest to thighs; base model zero-shot wrote all texts
    case(
        "X646-011",
        caption("a man in a black tank top and grey shorts"),
        wearing("a black tank top"),
        color_of("vest", "grey", "other_garment_color"),
        describe("vest", "it is a black vest with a deep armhole and a round neck"),
        piece_color("vest")("what is the vest color", "restated"),
        details("vest", "the vest is made of 100% cotton and has a tagless neck label", "unsupported"),
        is_a("vest", "no", "contradiction"),
        title="Jockey Men Black Sleeveless Vest",
        category="Innerwear Vests",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a black camisole with small white polka dots, a V neck, adjustable straps and a lace trim at
    # the hem, with pink pyjama shorts, white backdrop; base model zero-shot wrote all texts
    case(
        "X646-012",
        caption("a woman in a black and white polka dot tank top and pink shorts"),
        wearing("a black polka dot top and pink shorts"),
        color_of("camisole", "pink", "other_garment_color"),
        describe("camisole", "a black camisole with white polka dots"),
        details(
            "camisole",
            "the camisole is black with white polka dots and has a v neck and adjustable straps and a lace trim on"
            " the hem and the camisole is",
            "cut",
            hit_limit=True,
        ),
        is_a("camisole", "yes"),
        material("satin", "unsupported"),
        title="Clovia Women Black Printed Camisole",
        category="Camisoles",
        color="Black",
        gender="Women",
    ),
    # photo: man in blue-and-white checked woven boxer shorts with an elastic waistband and a white crew-neck
    # t-shirt, white backdrop, front view to the knees; base model zero-shot wrote all texts
    case(
        "X646-013",
        caption("a man in a white t - shirt and blue plaid shorts"),
        wearing("he is wearing a white shirt and blue checkered shorts", who="he"),
        color_of("boxers", "blue"),
        describe("boxers", "blue plaid boxer shorts with an elastic waistband"),
        piece_color("boxers")(
            "blue and white Question: What are the boxers details? Answer: they have an elastic waistband", "leak"
        ),
        details("boxers", "the boxers have a button fly and a pocket on the back", "unsupported"),
        is_a("boxers", "yes", article="a pair of"),
        title="U.S. Polo Assn. Men Blue Checked Boxers",
        category="Boxers",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in black bikini briefs and a white cotton t-shirt, white backdrop, side view waist to thighs;
    # base model zero-shot wrote all texts
    case(
        "X646-014",
        caption("a woman in a white t - shirt and black underwear"),
        wearing("she is wearing a white shirt and black panties", who="she"),
        color_of("briefs", "white", "other_garment_color"),
        describe("briefs", "the briefs are black"),
        details("briefs", "the briefs details", "restated"),
        piece_color("briefs")("white", "other_garment_color"),
        is_a("briefs", "yes", article="a pair of"),
        title="Jockey Women Black Bikini Briefs",
        category="Briefs",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a white racerback sports bra with a grey underband and black leggings, white backdrop,
    # three-quarter view; base model zero-shot wrote all texts
    case(
        "X646-015",
        caption("a woman in a white sports bra and black leggings"),
        wearing("a sports bra and leggings"),
        color_of("bra", "white"),
        describe(
            "bra",
            "a white sports bra with a racer back and a grey band under the chest and the straps are wide and it is"
            " worn with black leggings and",
            "cut",
            hit_limit=True,
        ),
        details("bra", "he has a white sports bra on and black leggings", "pronoun"),
        material("cotton", "unsupported"),
        is_a("bra", "yes"),
        title="Enamor Women White Sports Bra",
        category="Bra",
        color="White",
        gender="Women",
    ),
    # photo: shirtless man in red trunks with a white waistband printed "Calvin Klein" in black, white backdrop,
    # chest to thighs; base model zero-shot wrote all texts
    case(
        "X646-016",
        caption("a shirtless man in red underwear"),
        wearing("red boxer briefs"),
        color_of("trunks", "red"),
        describe("trunks", "a pair of red trunks with a white waistband"),
        details(
            "trunks",
            "the trunks are red the trunks are red the trunks are red the trunks are red the trunks are red the trunks",
            "loop",
            hit_limit=True,
        ),
        piece_color("trunks")("pink", "contradiction"),
        material("cotton", "unsupported"),
        is_a("trunks", "yes", article="a pair of"),
        title="Calvin Klein Underwear Men Red Trunks",
        category="Trunk",
        color="Red",
        gender="Men",
    ),
    # photo: woman in a black satin knee-length full slip with thin straps and lace at the neckline, white
    # backdrop, front view; base model zero-shot wrote all texts
    case(
        "X646-017",
        caption("a woman in a black slip dress holding a glass of wine", "unsupported"),
        wearing("a black dress"),
        color_of("slip", "black"),
        describe(
            "slip",
            "it is a black satin slip with lace on the top and it is knee length and it is a black satin slip with"
            " lace on the top and",
            "loop",
            hit_limit=True,
        ),
        details("slip", "lace", "non_answer"),
        is_a("slip", "yes"),
        title="Enamor Women Black Full Slip",
        category="Slips",
        color="Black",
        gender="Women",
    ),
    # photo: man in a plain grey melange vest and navy trunks, white backdrop, front view chest to thighs; base
    # model zero-shot wrote all texts
    case(
        "X646-018",
        caption("a man in a grey tank top and blue shorts"),
        wearing("a grey vest and navy blue underwear"),
        color_of("vest", "blue", "other_garment_color"),
        describe("vest", "grey", "non_answer"),
        details("vest", "the vest has a printed logo on the chest", "unsupported"),
        piece_color("vest")("grey Question: What is the color of the shorts? Answer: blue", "leak"),
        is_a("vest", "yes"),
        title="Lux Venus Men Grey Melange Gym Vest",
        category="Innerwear Vests",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a purple lace bra with unlined cups and a small center bow and matching purple lace panties,
    # white backdrop, front view; base model zero-shot wrote all texts
    case(
        "X646-019",
        caption("a woman in pink lingerie posing for a picture", "contradiction"),
        wearing("she is wearing a purple bra and panties"),
        color_of("bra", "purple"),
        color_of("panties", "purple"),
        describe(
            "bra",
            "a purple lace bra with a bow in the middle and scalloped edges on the cups and the straps are thin and"
            " the panties match the bra with",
            "cut",
            hit_limit=True,
        ),
        details("bra", "the bra is padded and has underwire", "unsupported"),
        is_a("bra", "yes"),
        title="Clovia Women Purple Lace Bra and Panty Set",
        category="Lingerie Set",
        color="Purple",
        gender="Women",
    ),
    # photo: man in white briefs with a white waistband lettered in grey, bare chest, white backdrop, navel to
    # thighs; base model zero-shot wrote all texts
    case(
        "X646-020",
        caption("a man in white underwear on a white background"),
        wearing("she is wearing white underwear", "pronoun"),
        color_of("briefs", "white"),
        describe("briefs", "yes", "non_answer"),
        details(
            "briefs",
            "the briefs are white with a grey logo on the waistband Question: What is the color of the briefs?"
            " Answer: white",
            "leak",
        ),
        is_a("briefs", "yes", article="a pair of"),
        title="Hanes Men White Briefs",
        category="Briefs",
        color="White",
        gender="Men",
    ),
    # photo: baby pink padded T-shirt bra with thin straps on a white headless bust form, white backdrop, no
    # person; base model zero-shot wrote all texts
    case(
        "X646-021",
        caption("a pink bikini top on a white mannequin", "contradiction"),
        wearing("a pink bra"),
        color_of("bra", "white", "contradiction"),
        describe("bra", "a pink bra with padded cups and thin straps"),
        details("bra", "it is a bra", "non_answer"),
        is_a("bra", "yes"),
        title="Lovable Women Pink Padded Bra",
        category="Bra",
        color="Pink",
        gender="Women",
    ),
    # photo: man in maroon trunks with a black waistband and a black crew-neck t-shirt, white backdrop, chest to
    # thighs; the row has no gender; base model zero-shot wrote all texts
    case(
        "X646-022",
        caption("a man in a black shirt and red underwear"),
        wearing("a black t-shirt and maroon boxer briefs"),
        color_of("trunks", "black", "other_garment_color"),
        describe("trunks", "the trunks are maroon with a black waistband"),
        piece_color("trunks")("the trunks color", "restated"),
        details(
            "trunks",
            "the trunks have a black waistband and the trunks have a black waistband and the trunks have a black"
            " waistband and the",
            "loop",
            hit_limit=True,
        ),
        is_a("trunks", "yes", article="a pair of"),
        title="Dixcy Scott Maroon Trunks",
        category="Trunk",
        color="Maroon",
    ),
    # photo: woman in a white ribbed camisole with wide straps under an open light blue denim shirt and black
    # trousers, white backdrop, front view; base model zero-shot wrote all texts
    case(
        "X646-023",
        caption("a woman in a white tank top and a denim shirt"),
        wearing("a white tank top, a denim jacket and black pants"),
        color_of("camisole", "blue", "other_garment_color"),
        describe("camisole", "a white ribbed camisole with wide straps"),
        details("camisole", "the camisole is white"),
        piece_color("camisole")("blue", "other_garment_color"),
        is_a("camisole", "no", "contradiction"),
        title="Jockey Women White Camisole",
        category="Camisoles",
        color="White",
        gender="Women",
    ),
    # photo: woman in a black pull-on shaping bodysuit with thin straps and a scoop neck, bare legs, white
    # backdrop, front view; base model zero-shot wrote all texts
    case(
        "X646-024",
        caption("a woman in a black bodysuit"),
        wearing("a black swimsuit", "contradiction"),
        color_of("shapewear", "black"),
        describe(
            "shapewear",
            "a black bodysuit with thin straps and a scoop neck, it covers the body from the chest down to the top"
            " of the",
            "cut",
            hit_limit=True,
        ),
        details("shapewear", "the shapewear has a zipper in the front", "unsupported"),
        is_a("bodysuit", "yes"),
        piece_color("shapewear")("the shapewear color is the color of the shapewear", "restated"),
        title="Swee Women Black Shapewear Bodysuit",
        category="Shapewear",
        color="Black",
        gender="Women",
    ),
    # photo: man in a plain white round-neck vest, cropped at the waist, white backdrop, front view; base model
    # zero-shot wrote all texts
    case(
        "X646-025",
        caption("a man wearing a white tank top"),
        wearing("he is wearing a white vest"),
        color_of("vest", "white"),
        describe("vest", "a white vest"),
        piece_color("vest")("grey", "contradiction"),
        details("vest", "the vest details are the details of the vest", "restated"),
        is_a("vest", "yes"),
        title="Jockey Men White Round Neck Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: woman in a maroon bra with a small white floral print and adjustable straps, with black jeans, white
    # backdrop, front view; base model zero-shot wrote all texts
    case(
        "X646-026",
        caption("a woman in a red floral bra and black jeans"),
        wearing("she is wearing a bra and jeans"),
        color_of("bra", "black", "other_garment_color"),
        piece_color("bra")("the bra is maroon with white flowers"),
        describe("bra", "a red bra with white polka dots", "contradiction"),
        details("bra", "the bra has a floral print and adjustable straps"),
        is_a("bra", "yes"),
        title="Zivame Women Maroon Printed Bra",
        category="Bra",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in grey melange knit boxer shorts with a black waistband, no pockets or drawstring, and a black
    # t-shirt, white backdrop, view to the knees; base model zero-shot wrote all texts
    case(
        "X646-027",
        caption("a man in a black shirt and grey shorts"),
        wearing("he is wearing a black shirt and grey shorts"),
        color_of("boxers", "black", "other_garment_color"),
        describe("boxers", "the boxers are grey Question: Describe the shirt. Answer: the shirt is black", "leak"),
        details("boxers", "the boxers have two side pockets and a drawstring", "unsupported"),
        is_a("boxers", "no", "contradiction", article="a pair of"),
        title="Jockey Men Grey Melange Knit Boxers",
        category="Boxers",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in peach hipster briefs with a lace waistband and a matching peach bra, white backdrop, front
    # view; base model zero-shot wrote all texts
    case(
        "X646-028",
        caption("a woman in a peach bra and panties"),
        wearing("a pink bra and panties"),
        color_of("briefs", "pink"),
        describe(
            "briefs",
            "the briefs are peach with a lace waistband Question: What are the briefs details? Answer: the briefs"
            " are peach",
            "leak",
            hit_limit=True,
        ),
        details("briefs", "lace waistband"),
        piece_color("briefs")("orange", "contradiction"),
        is_a("briefs", "yes", article="a pair of"),
        title="Enamor Women Peach Hipster Briefs",
        category="Briefs",
        color="Peach",
        gender="Women",
    ),
    # photo: shirtless man in black trunks with a small white dot print and a black waistband with a white logo,
    # white backdrop, chest to thighs; base model zero-shot wrote all texts
    case(
        "X646-029",
        caption("a man in black underwear with white dots"),
        wearing("she is wearing black underwear", "pronoun"),
        color_of("trunks", "black"),
        describe("trunks", "black and white polka dot boxer briefs"),
        piece_color("trunks")("the trunks are the color of the trunks", "restated"),
        details("trunks", "the trunks are made of silk and have a button fly", "unsupported"),
        is_a("trunks", "yes", article="a pair of"),
        title="Van Heusen Men Black Printed Trunks",
        category="Trunk",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a skin colored seamless wire-free bra with wide straps, nothing over it, white backdrop,
    # cropped neck to waist; base model zero-shot wrote all texts
    case(
        "X646-030",
        caption("a woman in a nude bra on a white background"),
        wearing("a white bra", "contradiction"),
        color_of("bra", "beige"),
        piece_color("bra")("white", "contradiction"),
        describe("bra", "a seamless bra with wide straps"),
        details(
            "bra",
            "the bra is seamless and has no padding and no underwire and it is seamless and has no padding and no"
            " underwire and it is",
            "loop",
            hit_limit=True,
        ),
        is_a("bra", "yes"),
        title="Jockey Women Skin Seamless Bra",
        category="Bra",
        color="Skin",
        gender="Women",
    ),
    # photo: woman in a navy camisole with a lace neckline and thin straps, with white linen trousers, white
    # backdrop, front view; base model zero-shot wrote all texts
    case(
        "X646-031",
        caption("a woman in a blue tank top and white pants"),
        wearing("a navy blue top and white pants"),
        color_of("camisole", "white", "other_garment_color"),
        describe("camisole", "a dark blue camisole with lace at the neckline"),
        details("camisole", "the camisole has lace on the neckline and thin straps"),
        piece_color("camisole")("white", "other_garment_color"),
        is_a("camisole", "yes"),
        material("it is a camisole", "non_answer"),
        title="Marks & Spencer Women Navy Blue Lace Camisole",
        category="Camisoles",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: two folded briefs in a clear pack, one navy and one red, both with plain grey logo waistbands, white
    # backdrop, no person; the row has no color; base model zero-shot wrote all texts
    case(
        "X646-032",
        caption("two pairs of men's underwear in a box"),
        wearing("a pair of blue and red underwear"),
        color_of("briefs", "green", "contradiction"),
        describe("briefs", "a pair of blue briefs and a pair of red briefs"),
        details("briefs", "they have a contrast waistband with white stripes and a logo", "unsupported"),
        is_a("briefs", "yes", article="a pair of"),
        title="Jockey Men Pack of 2 Assorted Briefs",
        category="Briefs",
        gender="Men",
    ),
    # photo: woman in a black full-coverage minimizer bra with a lace overlay and wide straps, with dark blue jeans,
    # white backdrop, front view; base model zero-shot wrote all texts
    case(
        "X646-033",
        caption("a woman in a black bra and blue jeans"),
        wearing("he is wearing a black bra and jeans", "pronoun"),
        color_of("bra", "black"),
        describe("bra", "black", "non_answer"),
        details(
            "bra",
            "the bra has lace over the cups and wide straps and a wide band under the cups and the lace is black and"
            " the straps are",
            "cut",
            hit_limit=True,
        ),
        is_a("bra", "yes"),
        title="Triumph Women Black Minimizer Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: man in a navy scoop-neck vest and grey melange trunks, white backdrop, chest to thighs; base model
    # zero-shot wrote all texts
    case(
        "X646-034",
        caption("a man in a blue tank top and grey shorts"),
        wearing("a blue tank top"),
        color_of("vest", "grey", "other_garment_color"),
        piece_color("vest")("grey", "other_garment_color"),
        describe("vest", "a navy blue vest with a scoop neck"),
        details(
            "vest",
            "What are the vest details? Answer: the vest is blue Question: What are the vest details? Answer: the"
            " vest is blue Question",
            "leak",
            hit_limit=True,
        ),
        is_a("vest", "yes"),
        title="Macroman Men Navy Blue Vest",
        category="Innerwear Vests",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in beige mid-thigh shaping shorts and a white t-shirt, white backdrop, front view; base model
    # zero-shot wrote all texts
    case(
        "X646-035",
        caption("a woman in a white shirt and beige shorts"),
        wearing("she is wearing a white shirt and a pair of shorts"),
        color_of("shapewear", "white", "other_garment_color"),
        describe("shapewear", "a pair of beige bike shorts"),
        details("shapewear", "the shapewear is shapewear", "restated"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("shapewear", "no", "contradiction", article="a piece of"),
        title="Zivame Women Beige Shaping Shorts",
        category="Shapewear",
        color="Beige",
        gender="Women",
    ),
    # photo: man in white trunks with a navy waistband carrying a red, white and blue flag logo, and a navy t-shirt,
    # white backdrop, chest to thighs; base model zero-shot wrote all texts
    case(
        "X646-036",
        caption("a man in a blue t - shirt and white underwear"),
        wearing("a blue shirt and white boxers"),
        color_of("trunks", "blue", "other_garment_color"),
        describe(
            "trunks",
            "the trunks are white and have a blue waistband and a red, white and blue logo on the front, they are"
            " made of cotton and",
            "cut",
            hit_limit=True,
        ),
        details("trunks", "yes", "non_answer"),
        material("cotton and modal", "unsupported"),
        is_a("trunks", "yes", article="a pair of"),
        title="Tommy Hilfiger Men White Trunks",
        category="Trunk",
        color="White",
        gender="Men",
    ),
    # photo: woman in an off-white satin knee-length full slip with thin straps and a lace hem, white backdrop, front
    # view; base model zero-shot wrote all texts
    case(
        "X646-037",
        caption("a woman in a white nightgown"),
        wearing("a white dress"),
        color_of("slip", "white"),
        describe("slip", "an off white slip with a lace hem and thin straps"),
        details("slip", "the slip has a slit on the side and a lace hem", "unsupported"),
        piece_color("slip")("black", "contradiction"),
        material("satin"),
        is_a("slip", "yes"),
        title="Triumph Women Off White Full Slip",
        category="Slips",
        color="Off White",
        gender="Women",
    ),
    # photo: man in royal blue briefs with a wide logo waistband and a white vest, white backdrop, chest to thighs;
    # base model zero-shot wrote all texts
    case(
        "X646-038",
        caption("a man in a white tank top and blue underwear"),
        wearing("she is wearing a white tank top and blue briefs", "pronoun"),
        color_of("briefs", "white", "other_garment_color"),
        describe(
            "briefs",
            "the briefs are blue and have a wide elastic band with a logo and the briefs are blue and have a wide"
            " elastic band with a",
            "loop",
            hit_limit=True,
        ),
        details("briefs", "a logo on the waistband"),
        is_a("briefs", "yes", article="a pair of"),
        title="Rupa Frontline Men Blue Briefs",
        category="Briefs",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in an emerald green strapless bra and white high-waist trousers, white backdrop, front view;
    # base model zero-shot wrote all texts
    case(
        "X646-039",
        caption("a woman in a green bra and white pants"),
        wearing("a green bikini top and white pants", "contradiction"),
        color_of("bra", "green"),
        describe("bra", "a green bra with adjustable straps", "unsupported"),
        details(
            "bra",
            "the bra has no straps and the cups are smooth and it is green and the band is green and the cups are",
            "cut",
            hit_limit=True,
        ),
        is_a("bra", "yes"),
        title="Amante Women Green Strapless Bra",
        category="Bra",
        color="Green",
        gender="Women",
    ),
    # photo: woman in a black lace bra with red trim and a center bow and matching black lace panties with red
    # trim, dark grey backdrop, front view; base model zero-shot wrote all texts
    case(
        "X646-040",
        caption("a woman in black and red lingerie sitting on a bed", "unsupported"),
        wearing("a black bra and panties"),
        color_of("bra", "black"),
        color_of("panties", "black"),
        describe(
            "bra",
            "a black lace bra with red trim and a bow in the middle Question: Describe the panties. Answer: black"
            " lace panties with red",
            "leak",
            hit_limit=True,
        ),
        details("bra", "it has red trim"),
        is_a("bra", "yes"),
        title="Clovia Women Black and Red Lace Lingerie Set",
        category="Lingerie Set",
        color="Black",
        gender="Women",
    ),
    # photo: man in a plain white vest and blue jeans, white backdrop, front view to the knees; the row has no
    # gender; base model zero-shot wrote all texts
    case(
        "X646-041",
        caption("a man wearing a white tank top and jeans"),
        wearing("a white tank top and blue jeans"),
        color_of("vest", "blue", "other_garment_color"),
        describe("vest", "a plain white sleeveless vest"),
        piece_color("vest")("white Question: What is the color of the jeans? Answer: blue", "leak"),
        details("vest", "the vest is made of cotton", "unsupported"),
        is_a("vest", "yes"),
        title="VIP Pack of 2 White Vests",
        category="Innerwear Vests",
        color="White",
    ),
    # photo: woman in a lavender camisole with a lace trim at the neckline and adjustable straps, with grey pyjama
    # pants, white backdrop, front view; base model zero-shot wrote all texts
    case(
        "X646-042",
        caption("a woman in a purple tank top and grey pants"),
        wearing("he is wearing a purple tank top and grey pants", "pronoun"),
        color_of("camisole", "purple"),
        piece_color("camisole")("pink", "contradiction"),
        describe("camisole", "purple", "non_answer"),
        details("camisole", "the camisole has a lace trim on the neckline and adjustable straps"),
        is_a("camisole", "yes"),
        title="Zivame Women Lavender Camisole",
        category="Camisoles",
        color="Lavender",
        gender="Women",
    ),
    # photo: shirtless man in olive green trunks with a black waistband, white backdrop, chest to thighs; base model
    # zero-shot wrote all texts
    case(
        "X646-043",
        caption("a man in brown underwear posing for a picture", "contradiction"),
        wearing("green boxer briefs"),
        color_of("trunks", "brown", "contradiction"),
        piece_color("trunks")("olive green"),
        describe("trunks", "the trunks are green"),
        details("trunks", "they are trunks", "non_answer"),
        material("polyester", "unsupported"),
        is_a("trunks", "yes", article="a pair of"),
        title="Jockey Men Olive Trunks",
        category="Trunk",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a white pull-on full body shaper from the bust to mid thigh with thin straps, no lace, no
    # zipper, white backdrop, front view; base model zero-shot wrote all texts
    case(
        "X646-044",
        caption("a woman in a white swimsuit", "contradiction"),
        wearing("a white bodysuit"),
        color_of("shapewear", "white"),
        describe(
            "shapewear",
            "a white body shaper with thin straps that goes from the chest to the thighs Question: What are the"
            " shapewear details? Answer:",
            "leak",
            hit_limit=True,
        ),
        details("shapewear", "the shapewear has a lace trim and a zipper in the back and hooks", "unsupported"),
        is_a("body shaper", "yes"),
        title="Lovable Women White Body Shaper",
        category="Shapewear",
        color="White",
        gender="Women",
    ),
    # photo: woman in light blue boyshort briefs with a small white star print and a white tank top, white
    # backdrop, front view waist to thighs; base model zero-shot wrote all texts
    case(
        "X646-045",
        caption("a woman in a white tank top and blue shorts"),
        wearing("she is wearing a white tank top and blue shorts"),
        color_of("briefs", "white", "other_garment_color"),
        describe("briefs", "blue shorts with white stars"),
        details(
            "briefs",
            "the shorts have white stars on them and the shorts have white stars on them and the shorts have white"
            " stars on them and",
            "loop",
            hit_limit=True,
        ),
        is_a("briefs", "no", "contradiction", article="a pair of"),
        title="Jockey Women Blue Printed Boy Shorts",
        category="Briefs",
        color="Blue",
        gender="Women",
    ),
    # photo: man in black briefs with a black waistband lettered in grey and a grey melange vest, white backdrop,
    # chest to thighs; base model zero-shot wrote all texts
    case(
        "X646-046",
        caption("a man in a grey tank top and black underwear"),
        wearing("she is wearing a grey shirt and black briefs", "pronoun"),
        color_of("briefs", "grey", "other_garment_color"),
        describe("briefs", "black briefs with a contrast grey piping on the leg openings", "unsupported"),
        details("briefs", "black waistband with grey logo"),
        is_a("briefs", "yes", article="a pair of"),
        title="Hanes Men Black Briefs",
        category="Briefs",
        color="Black",
        gender="Men",
    ),
]
