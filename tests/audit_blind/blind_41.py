"""BLIND_41 (44 products; a modest-fashion and maternity shop): written blind in the sixteenth session. Measured
blind at 4b33a47: 115/141 and 7/145. The writer's notes, verbatim:

Blind corpus 41: a modest-fashion and maternity shop for women.

Scenario
    An online shop of modest wear and maternity wear for women: abayas, jilbabs, kaftans, maxi dresses, hijabs and
    under-scarves, long tunics, wide-leg trousers, maternity jeans with bump panels, nursing tops and cardigans.
    Model photos in a studio and outdoors (desert, garden, city street), some models with a visible pregnancy bump,
    some flat lays and hanger shots with no person. Catalog columns are in the shop's own words: category (Abayas,
    Jilbabs, Kaftans, Maxi Dresses, Hijabs, Under-Scarves, Tunics, Trousers, Maternity, Nursing), color (Dusty Rose,
    Mocha, Sage, Champagne, Midnight, Taupe, Ivory, ...), title. Every product is for women (gender="women"), except
    one imported product that has no catalog columns at all.

Which system wrote which text (named again in the comment above each case)
    BASE     untuned Salesforce/blip2-opt-2.7b, greedy, `Question: ... Answer:` prompts; closed questions answered by
             ranking the candidate answers with this model.
    CAP1     caption adapter, epoch 1 (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch).
    CAP3     caption adapter, epoch 3 (leoreigoto/Data2_V2_Blip2_Finetune_Caption); returns the DeepFashion caption
             template for every prompt.
    VQA      VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA); never learned to stop (unmasked labels): loops, prompt
             leaks, and sometimes an end/pad token mid-phrase.
    CAP3+QA  CAP3 caption of the image, then timpal0l/mdeberta-v3-base-squad2 extracts a span as the answer.

How it was written
    Blind. I read only shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the Case/Text layout, the makers,
    DEFAULT_QUESTIONS, BLIND_QUESTIONS, TARGETS). Nothing else of the project was opened or searched; the only thing
    run was an import check of this file. Every photo is imagined and described in the comment above its case; each
    label is judged against that imagined photo.

Label conventions and judgement calls
    - One label per text. A text that repeats a phrase or word three or more times is `loop`, even when it also runs
      to the token limit; a text that reproduces the `Question: ... Answer:` format (or a bare "Answer:") is `leak`,
      even when it also repeats or is cut; otherwise a text that stops mid-phrase is `cut`, even when it is the caption
      template returned for a question (the missing answer is secondary to the cut).
    - hit_limit=True for texts that ran to max_new_tokens (30 for answers, 50 for captions): most cuts, loops and
      leaks. A `cut` with hit_limit=False is a VQA adapter answer that ended on an end/pad token mid-phrase (the
      adapter was trained on padding), so it stopped before the limit.
    - Closed answers come from ranking candidates; a near-color synonym of the seller's color is correct (Mocha ->
      brown, Sage/Emerald -> green, Taupe -> grey or beige, Champagne -> beige or gold, Midnight -> blue, Dusty Rose ->
      pink, Ivory -> white, Mustard -> yellow). A patterned garment's dominant ground color is correct.
    - garment_type may name the broader class: abaya/kaftan/maxi -> dress, hijab/under-scarf -> scarf, tunic or
      nursing top -> shirt; "abaya", "cardigan", "pants" where exact. "dress" for a long tunic worn over trousers in a
      caption or wearing answer is correct (it reads as a dress).
    - A product color or description that gives the color of another visible garment (the hijab, the inner dress, the
      top, the cardigan) is `other_garment_color`, including "one color for every garment" wearing answers. A wrong
      color taken from a print, embroidery, flowers or the background is `contradiction`.
    - A garment type, yes/no or sleeve answer that contradicts the photo and the seller's category (a hijab answered as
      "shirt", a sleeve length for a hijab or under-scarf, "yes" to "Is this a skirt?" for trousers) is
      `contradiction`; so is a sleeve length or pattern the photo contradicts.
    - `non_answer`: empty (extractive QA found no span), "none", "no", "unknown", "i don't know", "i'm not sure",
      "the garment", or only the garment's name/class back to a details question.
    - `restated`: a sentence that echoes the question's words as its answer ("the material of the garment is the
      material of the hijab", "the garment is made of fabric").
    - `unsupported`: details absent from the photo (belt, slit, rips, logo, lace edge, pins, hat) or not knowable from
      a photo (fiber percentages, origin, brand, size, pockets or zips hidden under a top or at the back).
    - `pronoun`: he / a man / gentleman for a woman (all such products carry gender="women").
    - Material answers are correct when they match the fabric the photo shows (chiffon, satin, linen, denim, knit,
      cotton); the imagined fabric is named in the comment.
    - Correct hard cases kept on purpose: backgrounds named in captions (green hedge, pink wall, gold wall, desert,
      brick wall), matching two-piece sets in one color, layered outfits answered garment by garment, bump panels,
      striped/floral/polka-dot/ikat garments, hanger shots and flat lays with no person, captions that name no
      garment, the right pronoun, and the template's "pure color" extracted as an answer.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing

W = "women"

BLIND_41: list[Case] = [
    # 1. Studio, grey backdrop: woman in a midnight-navy open-front crepe abaya over a white inner slip dress, white
    # hijab. caption BASE, wearing BASE, color BASE (ranked), sleeve BASE (ranked), details VQA, description CAP3.
    case(
        "MF-ABY-101",
        caption("a woman wearing a navy blue abaya and a white hijab"),
        D.wearing("a navy blue robe and a white scarf"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long sleeve"),
        D.details(
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the neckline,"
            " the collar, the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its"
            " neckline is v-shape. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Abayas",
        color="Midnight",
        title="Midnight Crepe Open Abaya",
    ),
    # 2. Desert dunes: woman in a mocha-brown linen kimono abaya (visible slub texture), black hijab.
    # caption BASE, wearing BASE, color_of BASE (ranked), sleeve BASE (ranked), material VQA, describe VQA.
    case(
        "MF-ABY-102",
        caption("a woman in a brown dress standing in the desert"),
        wearing("a black dress and a black hijab", "other_garment_color"),
        color_of("abaya", "brown"),
        B.sleeve_length("long sleeve"),
        B.material(
            "linen Question: What is the pattern of the garment? Answer: solid Question: What is the sleeve length of"
            " the garment? Answer:",
            "leak",
            hit_limit=True,
        ),
        describe(
            "abaya",
            "brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown"
            " brown brown brown brown brown brown brown brown brown brown brown brown brown",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Abayas",
        color="Mocha",
        title="Mocha Linen Kimono Abaya",
    ),
    # 3. Studio, white backdrop: champagne (pale gold-beige) chiffon abaya with pleated butterfly sleeves, no belt,
    # matching champagne hijab. caption CAP1, color/sleeve BASE (ranked), description BASE, details CAP3, material BASE.
    case(
        "MF-ABY-103",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a"
            " round neckline. There is an accessory on her head. The lady wears a long-sleeve dress with pure color"
            " patterns. The dress is with chiffon",
            "loop",
            hit_limit=True,
        ),
        D.color("beige"),
        D.sleeve_length("long sleeve"),
        D.description("a beige dress with a gold belt and a matching hijab", "unsupported"),
        D.details(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a"
            " round neckline. The dress is of long length. There",
            "cut",
            hit_limit=True,
        ),
        D.material("chiffon"),
        gender=W,
        category="Abayas",
        color="Champagne",
        title="Champagne Pleated Butterfly Abaya",
    ),
    # 4. Studio, white wall: plain black nida abaya, black hijab. caption/wearing/description BASE, color BASE
    # (ranked), details VQA, material BASE, second details pass CAP1.
    case(
        "MF-ABY-104",
        caption("a woman in a black abaya standing in front of a white wall"),
        D.wearing("black abaya"),
        D.color("black"),
        D.description("a long black robe with long sleeves"),
        D.details(
            "Question: What are the details of the garment? Answer: the sleeves Question: What are the details of the"
            " garment? Answer: the",
            "leak",
            hit_limit=True,
        ),
        D.material("the garment is made of a material that is used for making garments", "restated"),
        details(
            "abaya",
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its"
            " neckline is round. The dress is of long length and",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Abayas",
        color="Black",
        title="Classic Black Nida Abaya",
    ),
    # 5. Garden, green hedge behind: taupe crepe abaya with white floral embroidery only at cuffs and hem, taupe hijab,
    # no belt, no buttons. caption/wearing/describe/material BASE, color_of and pattern BASE (ranked), is_a VQA,
    # details VQA (stopped on an end token).
    case(
        "MF-ABY-105",
        caption("a woman in a grey dress standing in front of a green hedge"),
        wearing("a grey dress with white flowers"),
        color_of("abaya", "grey"),
        B.pattern("solid"),
        describe(
            "abaya",
            "a long grey dress with white embroidery on the sleeves and a matching belt with gold buttons",
            "unsupported",
        ),
        is_a(
            "abaya",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes"
            " yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        details("abaya", "white flowers on the", "cut"),
        B.material("the material of the garment is fabric", "restated"),
        gender=W,
        category="Abayas",
        color="Taupe",
        title="Taupe Embroidered Eid Abaya",
    ),
    # 6. Studio, beige backdrop: sage-green belted abaya with fabric self-belt and visible side-pocket slits, white
    # hijab. caption/wearing/details BASE, color/sleeve BASE (ranked), description VQA, material CAP3+QA (no span).
    case(
        "MF-ABY-106",
        caption("a woman in a green dress and a white hijab"),
        D.wearing("he is wearing a long green robe", "pronoun"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long sleeve"),
        D.details("a belt and pockets"),
        D.description(
            "a green dress with a belt and a green belt and a green belt and a green belt and a green belt and a"
            " green belt and a green",
            "loop",
            hit_limit=True,
        ),
        D.material("", "non_answer"),
        gender=W,
        category="Abayas",
        color="Sage",
        title="Sage Belted Abaya with Pockets",
    ),
    # 7. City street, storefronts: dusty-rose chiffon abaya over a matching slip, cream hijab. caption CAP3,
    # wearing/details BASE, color/garment_type BASE (ranked), material CAP3.
    case(
        "MF-ABY-107",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a"
            " v-shape neckline. It has a v-shape neckline. It has a v-shape neckline. It has a v-shape neckline. It"
            " has a v-",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink dress and a white scarf"),
        D.color("pink"),
        D.garment_type("dress"),
        D.material(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a"
            " v-shape neckline. There is an",
            "cut",
            hit_limit=True,
        ),
        D.details("the details of the garment are the details of the dress", "restated"),
        gender=W,
        category="Abayas",
        color="Dusty Rose",
        title="Dusty Rose Two-Piece Abaya Set",
    ),
    # 8. Hanger shot, no person: black crepe abaya with a narrow lace trim at the long cuffs, on a white wall.
    # caption/describe BASE, color/pattern/sleeve BASE (ranked), details VQA, material CAP3.
    case(
        "MF-ABY-108",
        caption("a black dress hanging on a white wall"),
        B.color("black"),
        B.pattern("solid"),
        describe("abaya", "a black dress with lace on the sleeves"),
        B.sleeve_length("short sleeve", "contradiction"),
        details(
            "abaya",
            "Answer: lace Answer: lace Answer: lace Answer: lace Answer: lace Answer: lace Answer: lace Answer: lace",
            "leak",
            hit_limit=True,
        ),
        B.material(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a"
            " round neckline. The dress is of long length. The",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Abayas",
        color="Black",
        title="Black Lace-Trim Abaya",
    ),
    # 9. Studio, grey backdrop: midnight-navy one-piece jilbab (head cape to the waist, skirt below), face visible.
    # caption/wearing BASE, color BASE (ranked), description VQA, details CAP1, is_a BASE.
    case(
        "MF-JLB-201",
        caption("a woman wearing a dark blue hijab and a long dress"),
        D.wearing("he is wearing a blue robe and a hood", "pronoun"),
        D.color("blue"),
        D.description(
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The female is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and"
            " its neckline is round. The trousers the female wears is of long",
            "cut",
            hit_limit=True,
        ),
        is_a("jilbab", "yes"),
        gender=W,
        category="Jilbabs",
        color="Midnight",
        title="Midnight One-Piece Jilbab",
    ),
    # 10. Garden with pink roses behind: sage-green two-piece jilbab (khimar cape to the hips + matching skirt).
    # caption/wearing/material BASE, color/pattern BASE (ranked), description CAP3 (stopped early), details VQA.
    case(
        "MF-JLB-202",
        caption("a woman in a green hijab standing in a garden with pink flowers"),
        D.wearing("a green hijab and a green skirt"),
        D.color("pink", "contradiction"),
        D.pattern("solid"),
        D.description("The lady wears a long-sleeve dress with pure color patterns. The dress is with", "cut"),
        D.details(
            "the hijab is green and the skirt is green and the hijab is green and the skirt is green and the hijab is"
            " green and the skirt is",
            "loop",
            hit_limit=True,
        ),
        D.material("unknown", "non_answer"),
        gender=W,
        category="Jilbabs",
        color="Sage",
        title="Sage Two-Piece Jilbab Set",
    ),
    # 11. Desert resort: teal-and-white ikat satin kaftan, wide sleeves to the wrist, no belt, no hat, white hijab.
    # caption CAP1, wearing/description/material BASE, color/sleeve BASE (ranked), details VQA.
    case(
        "MF-KFT-301",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a"
            " v-shape neckline. The dress is of long length. There is an accessory on her head. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white kaftan"),
        D.color("blue"),
        D.sleeve_length("long sleeve"),
        D.description("a blue and white kaftan with a white belt and a white hat", "unsupported"),
        D.material("silk"),
        D.details(
            "Question: What are the details of the garment? Answer: the print Answer: the print Answer: the print"
            " Answer: the print Answer",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Kaftans",
        color="Teal Ikat",
        title="Ikat Print Silk Kaftan",
    ),
    # 12. Studio, black backdrop: champagne satin kaftan with a beaded neckline, matching hijab. caption/wearing/details
    # BASE, color BASE (ranked), material VQA, description CAP3.
    case(
        "MF-KFT-302",
        caption("a man in a gold robe standing in front of a black background", "pronoun"),
        D.wearing("a gold dress"),
        D.color("gold"),
        D.details("beaded neckline"),
        D.material(
            "satin satin satin satin satin satin satin satin satin satin satin satin satin satin satin satin satin"
            " satin satin satin satin satin satin satin satin satin satin satin satin satin",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with satin fabric. It has a"
            " round neckline. The dress is of long length. There is an",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Kaftans",
        color="Champagne",
        title="Champagne Beaded Satin Kaftan",
    ),
    # 13. Flat lay on a white bed sheet: mocha linen kaftan with tasselled neck ties, no label visible. caption/
    # describe/material BASE, color/garment_type BASE (ranked), details VQA (stopped on an end token).
    case(
        "MF-KFT-303",
        caption("a brown dress laid out on a white bed"),
        B.color("brown"),
        B.garment_type("shirt", "contradiction"),
        B.material("linen"),
        describe("kaftan", "a brown kaftan with a v neck and tassels, made in morocco", "unsupported"),
        details("kaftan", "tassels on the", "cut"),
        gender=W,
        category="Kaftans",
        color="Mocha",
        title="Mocha Linen Beach Kaftan",
    ),
    # 14. Garden: sage maxi dress printed with small white-and-pink flowers, tiered skirt, long sleeves, beige hijab,
    # cotton lawn. caption/wearing/material BASE, color/pattern BASE (ranked), description VQA, details CAP3.
    case(
        "MF-MXD-401",
        caption("a woman in a green floral dress standing in a garden"),
        D.wearing("a green floral dress and a beige hijab"),
        D.color("green"),
        D.pattern("floral"),
        D.details(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round"
            " neckline. The dress is of long length. The",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "a green dress with flowers and a green dress with flowers and a green dress with flowers and a green"
            " dress with flowers and a",
            "loop",
            hit_limit=True,
        ),
        D.material("i'm not sure", "non_answer"),
        gender=W,
        category="Maxi Dresses",
        color="Sage Floral",
        title="Sage Floral Tiered Maxi Dress",
    ),
    # 15. City street, grey building: dusty-rose pleated chiffon maxi (solid, knife pleats), long sleeves, grey hijab.
    # caption/wearing BASE, color/pattern BASE (ranked), details and material CAP3+QA, description CAP3.
    case(
        "MF-MXD-402",
        caption("a woman in a pink dress walking down a city street"),
        D.wearing("a grey dress and a grey hijab", "other_garment_color"),
        D.color("pink"),
        D.pattern("striped", "contradiction"),
        D.details("long-sleeve dress with pure color patterns"),
        D.material("chiffon"),
        D.description(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a"
            " round neckline. The dress is of long length. The",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Maxi Dresses",
        color="Dusty Rose",
        title="Dusty Rose Pleated Chiffon Maxi",
    ),
    # 16. Studio, bright light, white backdrop: rich navy velvet maxi dress with a v neck, no slit, black hijab.
    # caption CAP3, wearing/details/description BASE, color BASE (ranked), material VQA.
    case(
        "MF-MXD-403",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a"
            " round neckline. The lady wears a long-sleeve dress with pure color patterns. The dress is with other"
            " fabric. It has a round",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black dress and a black hijab", "other_garment_color"),
        D.color("blue"),
        D.details("a v neck and long sleeves"),
        D.description("a blue velvet dress with a v neck and a slit up the side", "unsupported"),
        D.material(
            "velvet Question: What is the color of the garment? Answer: blue Question: What is the pattern of the"
            " garment? Answer: solid Question:",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Maxi Dresses",
        color="Midnight",
        title="Midnight Velvet Maxi Dress",
    ),
    # 17. City, brick wall: mustard-and-white vertical-stripe cotton shirt maxi dress, collar, button front, self-tie
    # belt, chest pocket, long sleeves, white hijab. caption/wearing/details/description BASE, color/pattern BASE
    # (ranked), material CAP1.
    case(
        "MF-MXD-404",
        caption("a woman in a yellow and white striped dress standing in front of a brick wall"),
        D.wearing(
            "a yellow and white striped shirt dress with a collar and buttons down the front and a belt at the waist"
            " and a pocket on the",
            "cut",
            hit_limit=True,
        ),
        D.color("yellow"),
        D.pattern("striped"),
        D.details("buttons down the front and a collar"),
        D.description("a red and white striped dress", "contradiction"),
        D.material(
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a lapel"
            " neckline. The lady wears a long skirt. The skirt is",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Maxi Dresses",
        color="Mustard Stripe",
        title="Striped Shirt Maxi Dress",
    ),
    # 18. Imported product, no catalog columns. Garden: woman in a lavender long-sleeve wrap maxi dress, white hijab.
    # caption/wearing/description/material BASE, color/sleeve BASE (ranked), details VQA.
    case(
        "MF-MXD-405",
        caption("a woman in a purple dress standing in a garden"),
        D.wearing("a purple dress and white hijab"),
        D.color("purple"),
        D.description("a long purple wrap dress with long sleeves"),
        D.sleeve_length("short sleeve", "contradiction"),
        D.details(
            "the sleeves, the neckline, the waist, the sleeves, the neckline, the waist, the sleeves, the neckline,"
            " the waist, the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        D.material("", "non_answer"),
    ),
    # 19. Studio, pink backdrop: black chiffon maxi dress with large red and pink roses, black hijab. caption/wearing/
    # material BASE, color/pattern BASE (ranked), description CAP3, second wearing pass ("she") BASE.
    case(
        "MF-MXD-406",
        caption("a woman in a black floral dress standing in front of a pink wall"),
        D.color("black"),
        D.pattern("floral"),
        D.wearing("a red dress", "contradiction"),
        D.description(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a"
            " round neckline. The dress is",
            "cut",
            hit_limit=True,
        ),
        D.material("chiffon"),
        wearing("he is wearing a black dress with red flowers", "pronoun", who="she"),
        gender=W,
        category="Maxi Dresses",
        color="Black Floral",
        title="Black Floral Chiffon Maxi",
    ),
    # 20. Desert at sunset: emerald satin maxi dress with self-tie belt, long sleeves, champagne hijab.
    # caption/wearing/material BASE, color BASE (ranked), describe VQA, sleeve BASE (ranked), details VQA (end token).
    case(
        "MF-MXD-407",
        caption("a woman in a green dress standing in the desert at sunset"),
        wearing("he is wearing a green dress with a belt", "pronoun"),
        B.color("green"),
        B.material("satin"),
        describe(
            "dress",
            "a green dress with a belt. Question: Describe the dress. Answer: a green dress with a belt. Question:"
            " Describe the",
            "leak",
            hit_limit=True,
        ),
        B.sleeve_length("sleeveless", "contradiction"),
        details("dress", "a belt at the", "cut"),
        gender=W,
        category="Maxi Dresses",
        color="Emerald",
        title="Emerald Satin Maxi Dress with Belt",
    ),
    # 21. Studio: woman in a dusty-rose chiffon hijab, white blouse, beige trousers. caption/wearing/material/
    # description BASE, garment_type/color BASE (ranked), details VQA.
    case(
        "MF-HJB-501",
        caption("a woman wearing a pink hijab and a white shirt"),
        D.wearing("a pink scarf and a white blouse"),
        D.garment_type("shirt", "contradiction"),
        D.color("white", "other_garment_color"),
        D.material("chiffon"),
        D.details(
            "the hijab is pink and the shirt is white and the pants are beige and the hijab is pink and the shirt is"
            " white and the pants",
            "loop",
            hit_limit=True,
        ),
        D.description("the garment", "non_answer"),
        gender=W,
        category="Hijabs",
        color="Dusty Rose",
        title="Dusty Rose Chiffon Hijab",
    ),
    # 22. Flat lay, folded on white marble: mocha cotton-jersey hijab. caption/material BASE, color/garment_type/
    # sleeve BASE (ranked), is_a VQA, describe CAP1.
    case(
        "MF-HJB-502",
        caption("a brown scarf on a white marble table"),
        B.color("brown"),
        B.garment_type("scarf"),
        B.material("cotton"),
        is_a(
            "hijab",
            "yes Question: Is this a hijab? Answer: yes Question: Is this a hijab? Answer: yes Question: Is this a"
            " hijab? Answer:",
            "leak",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeve", "contradiction"),
        describe(
            "hijab",
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is round. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Hijabs",
        color="Mocha",
        title="Mocha Jersey Hijab",
    ),
    # 23. City street: woman in a sage modal hijab and a black abaya. caption/wearing/describe BASE, color BASE
    # (ranked), is_a BASE.
    case(
        "MF-HJB-503",
        caption("a woman in a black abaya and green hijab walking down the street"),
        wearing("a black abaya and a black hijab", "other_garment_color"),
        B.color("black", "other_garment_color"),
        is_a("hijab", "yes"),
        describe("hijab", "a green hijab"),
        gender=W,
        category="Hijabs",
        color="Sage",
        title="Sage Modal Hijab",
    ),
    # 24. Studio, white backdrop: woman in a plain black crinkle-chiffon hijab (no lace, no pins visible) and a cream
    # knit sweater. caption CAP1, wearing/material/details/description BASE, color/garment_type BASE (ranked).
    case(
        "MF-HJB-504",
        caption(
            "The female wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and"
            " its neckline is round. There is an accessory on her head. There is an accessory on her head. There is"
            " an accessory on her head. There is an",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black scarf and a white sweater"),
        D.color("black"),
        D.garment_type("sweater", "contradiction"),
        D.material("chiffon"),
        D.details("it is a hijab", "non_answer"),
        D.description("a black chiffon hijab with a lace edge and gold pins", "unsupported"),
        gender=W,
        category="Hijabs",
        color="Black",
        title="Black Crinkle Chiffon Hijab",
    ),
    # 25. Flat lay on a wooden table: navy square hijab with white polka dots, folded. caption/material/details BASE,
    # color/pattern BASE (ranked), is_a BASE.
    case(
        "MF-HJB-505",
        caption("a blue and white polka dot scarf on a wooden table"),
        D.color("blue"),
        D.pattern("polka dot"),
        D.material("polyester and the dots are printed, 100% polyester, hand wash only", "unsupported"),
        is_a("hijab", "no", "contradiction"),
        D.details("none", "non_answer"),
        gender=W,
        category="Hijabs",
        color="Navy Dot",
        title="Navy Polka Dot Square Hijab",
    ),
    # 26. Flat lay on white: champagne cotton tube under-scarf (a small cap). caption/describe/material BASE, color/
    # sleeve BASE (ranked), pattern CAP3+QA, is_a VQA.
    case(
        "MF-USC-601",
        caption("a beige headband on a white background"),
        B.color("beige"),
        describe("under-scarf", "a beige headband"),
        B.material("made in turkey, 95% cotton 5% elastane", "unsupported"),
        B.sleeve_length("short sleeve", "contradiction"),
        B.pattern("pure color"),
        is_a(
            "under-scarf",
            "no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no",
            "loop",
            hit_limit=True,
            article="an",
        ),
        gender=W,
        category="Under-Scarves",
        color="Champagne",
        title="Champagne Tube Under-Scarf",
    ),
    # 27. Studio: woman, no hijab over it, in a black ninja under-scarf covering hair and neck, grey t-shirt.
    # caption/wearing BASE, color BASE (ranked), details VQA, description CAP3.
    case(
        "MF-USC-602",
        caption("a man wearing a black hat and a grey shirt", "pronoun"),
        D.wearing("black hat and grey shirt"),
        D.color("grey", "other_garment_color"),
        D.details(
            "Answer: black Answer: black Answer: black Answer: black Answer: black Answer: black Answer: black Answer:"
            " black",
            "leak",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its"
            " neckline is round. There is",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Under-Scarves",
        color="Black",
        title="Black Ninja Under-Scarf",
    ),
    # 28. City sidewalk: taupe linen knee-length tunic with side slits over black wide-leg trousers, white hijab.
    # caption/wearing/material BASE, color/sleeve BASE (ranked), details VQA (end token), description VQA.
    case(
        "MF-TUN-701",
        caption("a woman in a beige shirt and black pants standing on a sidewalk"),
        D.wearing("a beige tunic and black pants"),
        D.color("black", "other_garment_color"),
        D.details("slits on the", "cut"),
        D.description(
            "a beige shirt and black pants and a white hijab and a beige shirt and black pants and a white hijab and a"
            " beige shirt and",
            "loop",
            hit_limit=True,
        ),
        D.material("linen"),
        gender=W,
        category="Tunics",
        color="Taupe",
        title="Taupe Linen Longline Tunic",
    ),
    # 29. Studio: sage cotton button-front tunic with a mandarin collar over white wide-leg trousers, beige hijab.
    # caption CAP3, wearing/details/description BASE, color/garment_type BASE (ranked), material CAP3.
    case(
        "MF-TUN-702",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " stand neckline. The pants the lady wears is of long length. The pants are with cotton fabric and pure"
            " color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green shirt and white pants"),
        D.color("green"),
        D.garment_type("shirt"),
        D.details("buttons"),
        D.description("he is wearing a green shirt and white pants", "pronoun"),
        D.material(
            "The shirt is with cotton fabric. The shirt is with cotton fabric. The shirt is with cotton fabric. The"
            " shirt is with cotton fabric. The shirt is",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Tunics",
        color="Sage",
        title="Sage Button-Front Tunic",
    ),
    # 30. Studio: mocha pleated wide-leg trousers, cream blouse tucked in, mocha hijab. caption/wearing/describe BASE,
    # color_of/garment_type BASE (ranked), details VQA, is_a BASE.
    case(
        "MF-TRS-801",
        caption("a woman in a white shirt and brown pants"),
        wearing("a white shirt and brown pants"),
        color_of("pants", "white", "other_garment_color"),
        B.garment_type("pants"),
        details(
            "pants",
            "the pants are brown and the pants are brown and the pants are brown and the pants are brown and the"
            " pants are brown and the",
            "loop",
            hit_limit=True,
        ),
        describe("pants", "they are pants", "non_answer"),
        is_a("skirt", "yes", "contradiction"),
        gender=W,
        category="Trousers",
        color="Mocha",
        title="Mocha Pleated Wide-Leg Trousers",
    ),
    # 31. Garden: black palazzo trousers under a long white tunic that covers the waistband, black hijab.
    # caption/wearing/details BASE, color_of BASE (ranked), describe CAP3, is_a BASE.
    case(
        "MF-TRS-802",
        caption("a man in a white robe and black pants standing in a garden", "pronoun"),
        color_of("pants", "black"),
        wearing("a white dress and black pants"),
        details("pants", "the pants have pockets on the side and a zipper on the front", "unsupported"),
        describe(
            "pants",
            "The trousers the lady wears is of long length. The trousers are with cotton fabric and pure color"
            " patterns. The lady wears a long-sleeve",
            "cut",
            hit_limit=True,
        ),
        is_a("pants", "yes"),
        gender=W,
        category="Trousers",
        color="Black",
        title="Black Palazzo Trousers",
    ),
    # 32. Desert: champagne satin wide-leg trousers with a matching long-sleeve champagne top worn over the waist,
    # white hijab. caption/describe/material BASE, color_of BASE (ranked), wearing CAP3, details VQA.
    case(
        "MF-TRS-803",
        caption("a woman in a gold outfit standing in the desert"),
        wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. The"
            " trousers the lady wears is of long",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "gold"),
        describe("pants", "wide leg pants with an elastic waist and two pockets", "unsupported"),
        B.material("satin"),
        details(
            "pants",
            "Question: What are the pants details? Answer: wide leg Question: What are the pants details? Answer:"
            " wide leg Question:",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Trousers",
        color="Champagne",
        title="Champagne Satin Wide-Leg Trousers",
    ),
    # 33. Studio: pregnant woman, visible bump, mid-blue skinny jeans with a black jersey over-bump panel, white tee
    # lifted to show the panel. caption/wearing/describe BASE, color_of/color BASE (ranked), details CAP3,
    # material VQA (end token).
    case(
        "MF-MAT-901",
        caption("a pregnant woman in blue jeans and a white shirt"),
        wearing("blue jeans and a white t-shirt"),
        color_of("jeans", "blue"),
        details(
            "jeans",
            "The trousers the lady wears is of long length. The trousers are with denim fabric and pure color"
            " patterns. The lady wears a short-sleeve",
            "cut",
            hit_limit=True,
        ),
        describe("jeans", "they are blue jeans with a black band around the belly"),
        B.material("denim with a stretch panel at the", "cut"),
        B.color("white", "other_garment_color"),
        gender=W,
        category="Maternity",
        color="Mid Blue",
        title="Over-Bump Maternity Skinny Jeans",
    ),
    # 34. City street: pregnant woman in dark-wash (clearly indigo) under-bump straight jeans, no rips, open black long
    # cardigan, grey top. caption/details/describe BASE, wearing VQA, color_of BASE (ranked), is_a BASE,
    # material CAP3+QA (no span).
    case(
        "MF-MAT-902",
        caption("a pregnant woman in a black sweater and jeans"),
        wearing(
            "jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans"
            " jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "black", "other_garment_color"),
        details("jeans", "the jeans are ripped at the knees", "unsupported"),
        describe("jeans", "dark blue jeans"),
        is_a("jeans", "yes"),
        B.material("", "non_answer"),
        gender=W,
        category="Maternity",
        color="Dark Wash",
        title="Under-Bump Maternity Straight Jeans",
    ),
    # 35. Studio: short-haired woman (no hijab, no bump) in an ivory ribbed long-sleeve nursing top with two visible
    # zip pulls under the bust, black leggings. caption/wearing/details/material BASE, color/pattern BASE (ranked),
    # description CAP3.
    case(
        "MF-MAT-903",
        caption("a man in a white shirt and black pants", "pronoun"),
        D.wearing("a white top and black leggings"),
        D.color("white"),
        D.pattern("solid"),
        D.details("zippers on the sides for nursing"),
        D.material("100% organic cotton", "unsupported"),
        D.description(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and"
            " its neckline is round. The pants the",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Maternity",
        color="Ivory",
        title="Ivory Ribbed Nursing Top",
    ),
    # 36. Garden: pregnant woman with a bump in a sage cotton wrap nursing maxi dress, long sleeves, white hijab.
    # caption CAP1, wearing/details/description BASE, color BASE (ranked), material VQA.
    case(
        "MF-MAT-904",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a"
            " v-shape neckline. The dress is of long length. The dress is of long length. The dress is of long"
            " length. The dress is of long",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green dress and a white hijab"),
        D.color("green"),
        D.details("wrap front"),
        D.description("the garment is a dress that the person is wearing", "restated"),
        D.material(
            "cotton Answer: cotton Answer: cotton Answer: cotton Answer: cotton Answer: cotton Answer: cotton Answer:"
            " cotton Answer",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Maternity",
        color="Sage",
        title="Sage Wrap Nursing Maxi Dress",
    ),
    # 37. Desert: pregnant woman in a dusty-rose tiered maternity maxi, short puff sleeves, beige hijab; only the front
    # is shown. caption/wearing/details/material BASE, color/sleeve BASE (ranked), description VQA.
    case(
        "MF-MAT-905",
        caption("a pregnant woman in a pink dress standing in the desert"),
        D.wearing("a pink dress"),
        D.color("beige", "other_garment_color"),
        D.sleeve_length("short sleeve"),
        D.description(
            "a pink dress with a pink dress with a pink dress with a pink dress with a pink dress with a pink dress"
            " with a pink",
            "loop",
            hit_limit=True,
        ),
        D.details("the dress has a zipper in the back and pockets", "unsupported"),
        D.material("the dress is made of the material of the dress", "restated"),
        gender=W,
        category="Maternity",
        color="Dusty Rose",
        title="Dusty Rose Tiered Maternity Maxi",
    ),
    # 38. Studio: taupe long knit nursing cardigan, open, plain (no buttons, no logo), over a white top and black
    # pants, taupe hijab. caption/wearing/material/description BASE, color/garment_type BASE (ranked), details CAP3.
    case(
        "MF-NRS-1001",
        caption("a woman in a grey cardigan and white shirt"),
        D.wearing("a grey sweater and a white shirt"),
        D.color("white", "other_garment_color"),
        D.garment_type("cardigan"),
        D.details(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and"
            " its neckline is v-shape. The trousers",
            "cut",
            hit_limit=True,
        ),
        D.material("knit"),
        D.description("a grey cardigan with gold buttons and a logo on the chest", "unsupported"),
        gender=W,
        category="Nursing",
        color="Taupe",
        title="Taupe Nursing Cardigan",
    ),
    # 39. Flat lay on white: black short-sleeve double-layer nursing top. caption/describe BASE, color/sleeve BASE
    # (ranked), material CAP3+QA (no span), is_a VQA.
    case(
        "MF-NRS-1002",
        caption("a black shirt laying on a white surface"),
        B.color("black"),
        B.sleeve_length("short sleeve"),
        describe("top", "the top is a top that is black", "restated"),
        B.material("", "non_answer"),
        is_a(
            "nursing top",
            "yes, it is a nursing top. Question: Is this a nursing top? Answer: yes, it is a nursing top. Question:",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Nursing",
        color="Black",
        title="Black Double-Layer Nursing Top",
    ),
    # 40. Garden: woman holding a baby, midnight-navy nursing tunic top with a crossover layer, beige trousers, navy
    # hijab. caption/wearing/description BASE, color/sleeve BASE (ranked), details VQA.
    case(
        "MF-NRS-1003",
        caption("a woman holding a baby in a garden"),
        D.wearing("a blue top and beige pants"),
        D.color("beige", "other_garment_color"),
        D.sleeve_length("long sleeve"),
        D.details(
            "the baby the baby the baby the baby the baby the baby the baby the baby the baby the baby the baby the"
            " baby the baby the baby the baby",
            "loop",
            hit_limit=True,
        ),
        D.description("the garment is a garment for the woman", "restated"),
        gender=W,
        category="Nursing",
        color="Midnight",
        title="Midnight Nursing Tunic Top",
    ),
    # 41. No title in the catalog. Studio: sage abaya, cream hijab. caption VQA (empty caption prompt), wearing/details
    # BASE, color BASE (ranked), description CAP3+QA.
    case(
        "MF-ABY-109",
        caption(
            "Question: What is the person wearing? Answer: a dress Question: What is the color of the dress? Answer:"
            " green Question: What is the person wearing? Answer: a dress Question: What is the",
            "leak",
            hit_limit=True,
        ),
        D.wearing("a green abaya and a white hijab"),
        D.color("green"),
        D.details("none", "non_answer"),
        D.description("long-sleeve dress"),
        gender=W,
        category="Abayas",
        color="Sage",
    ),
    # 42. Studio, gold wall: midnight-navy kaftan with gold embroidery down the front, long sleeves, navy hijab.
    # caption/wearing/details/material BASE, color/sleeve BASE (ranked), description VQA.
    case(
        "MF-KFT-304",
        caption("a man in a blue robe with gold embroidery standing in front of a gold wall", "pronoun"),
        D.wearing("a blue dress with gold embroidery"),
        D.color("gold", "contradiction"),
        D.sleeve_length("long sleeve"),
        D.details("gold embroidery down the front"),
        D.material("i don't know", "non_answer"),
        D.description(
            "a blue kaftan with gold embroidery on the front and gold embroidery on the sleeves and gold embroidery"
            " on the front and gold embroidery",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Kaftans",
        color="Midnight",
        title="Midnight Embroidered Kaftan",
    ),
    # 43. City: woman in a taupe jersey instant hijab (no label visible) and a black top. caption/wearing/describe/
    # material/details BASE, color BASE (ranked).
    case(
        "MF-HJB-506",
        caption("a woman wearing a grey hijab and a black shirt"),
        wearing("a hijab"),
        B.color("grey"),
        describe("hijab", "a grey hijab made by al-karim, size one size fits all", "unsupported"),
        B.material("the material of the garment is the material of the hijab", "restated"),
        details("hijab", "no", "non_answer"),
        gender=W,
        category="Hijabs",
        color="Taupe",
        title="Taupe Instant Hijab",
    ),
    # 44. Desert dunes: mocha cotton maxi with a smocked bodice and square neck, long sleeves, beige hijab.
    # caption/wearing ("she")/details/material BASE, color BASE (ranked), description CAP3.
    case(
        "MF-MXD-408",
        caption("a woman in a brown dress walking in the sand dunes"),
        wearing("she is wearing a brown dress and a beige hijab", who="she"),
        D.color("brown"),
        D.details("smocking on the chest"),
        D.description(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a"
            " square neckline. The dress is of long",
            "cut",
            hit_limit=True,
        ),
        D.material("the garment is made of fabric", "restated"),
        gender=W,
        category="Maxi Dresses",
        color="Mocha",
        title="Mocha Smocked Maxi Dress",
    ),
]
