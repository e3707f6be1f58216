"""Numbers: values rendered with Babel in the source and target locales must pass; changed values or scales must fail."""
import pytest
from babel.numbers import format_decimal
from hypothesis import given, settings
from hypothesis import strategies as st

from tqcheck import check
from tqcheck.languages import load_profile
from tqcheck.model import Severity
from tqcheck.numerals import mentions, render

SCALES = {"vi": {0: "", 3: "nghìn", 6: "triệu", 9: "tỷ"}, "hi": {0: "", 3: "हज़ार", 5: "लाख", 7: "करोड़", 9: "अरब"}, "en": {0: "", 3: "thousand", 6: "million", 9: "billion"}}


def _render(number, exp, lang):
    digits = format_decimal(number, locale=lang, format="#,##0.##" if lang != "hi" else "#,##,##0.##")
    word = SCALES[lang][exp]
    return f"{digits} {word}".strip()


def _pair(number, src_exp, tgt_exp, tgt_lang="hi", factor=1):
    value = number * 10 ** src_exp
    target_number = value * factor / 10 ** tgt_exp
    source = f"Tổng vốn đầu tư đạt {_render(number, src_exp, 'vi')} đồng trong năm nay."
    target_word = {"hi": "कुल निवेश {} डोंग रहा।", "en": "Total investment reached {} dong this year."}[tgt_lang]
    return source, target_word.format(_render(target_number, tgt_exp, tgt_lang))


@settings(max_examples=150, deadline=None)
@given(number=st.integers(min_value=11, max_value=99999), src_exp=st.sampled_from([0, 3, 6, 9]), tgt_exp=st.sampled_from([0, 3, 5, 7, 9]))
def test_same_value_in_any_scale_is_silent(number, src_exp, tgt_exp):
    value = number * 10 ** src_exp
    if value % 10 ** tgt_exp or value // 10 ** tgt_exp < 1:
        return  # Hindi renders this value with another scale word
    source, target = _pair(number, src_exp, tgt_exp)
    assert [f.code for f in check(target, source, target_lang="hi", source_lang="vi", select=["TQ501"])] == []


@settings(max_examples=150, deadline=None)
@given(number=st.integers(min_value=11, max_value=99999), src_exp=st.sampled_from([3, 6, 9]), tgt_exp=st.sampled_from([3, 6, 9]))
def test_english_renderings_are_silent(number, src_exp, tgt_exp):
    value = number * 10 ** src_exp
    if value % 10 ** tgt_exp:
        return
    source, target = _pair(number, src_exp, tgt_exp, "en")
    assert [f.code for f in check(target, source, target_lang="en", source_lang="vi", select=["TQ501"])] == []


@settings(max_examples=150, deadline=None)
@given(number=st.integers(min_value=11, max_value=99999), src_exp=st.sampled_from([3, 6, 9]), factor=st.sampled_from([10, 100, 1000, 0.01, 0.1]))
def test_changed_scale_fires(number, src_exp, factor):
    value = number * 10 ** src_exp
    for tgt_exp in (9, 7, 5, 3, 0):
        if (value * factor) % 10 ** tgt_exp == 0 and value * factor >= 10 ** tgt_exp:
            break
    source, target = _pair(number, src_exp, tgt_exp, factor=factor)
    assert "TQ501" in [f.code for f in check(target, source, target_lang="hi", source_lang="vi", select=["TQ501"])]


@settings(max_examples=150, deadline=None)
@given(number=st.integers(min_value=11, max_value=99999), delta=st.integers(min_value=1, max_value=9))
def test_changed_value_fires(number, delta):
    source = f"Có {format_decimal(number, locale='vi')} hộ dân được hỗ trợ."
    target = f"{format_decimal(number + delta, locale='hi')} परिवारों को सहायता मिली।"
    assert "TQ501" in [f.code for f in check(target, source, target_lang="hi", source_lang="vi", select=["TQ501"])]


@pytest.mark.parametrize(
    "text,lang,value",
    [
        ("14.000", "vi", 14000), ("2,5", "vi", 2.5), ("1,05,000", "hi", 105000), ("14,000.5", "en", 14000.5),
        ("२.५ करोड़", "hi", 25_000_000), ("5 tỷ", "vi", 5e9), ("85 लाख करोड़", "hi", 85e12), ("70,5%", "vi", 70.5),
        ("4.87 trillion", "en", 4.87e12), ("१४,०००", "mr", 14000),
        # a word that begins with a scale word and is none: rate, billionaire, symptom
        ("5 tỷ lệ", "vi", 5), ("5 tỉ phú", "vi", 5), ("5 triệu chứng", "vi", 5), ("5 tỷ lệch", "vi", 5e9),
    ],
)
def test_values_are_read_per_locale(text, lang, value):
    (m,) = mentions(text, load_profile(lang))
    assert m.value == pytest.approx(value)


def test_scale_spreads_over_a_range():
    a, b = mentions("25 से 30 करोड़ टन", load_profile("hi"))
    assert a.value == pytest.approx(25e7) and b.value == pytest.approx(30e7)


def test_render_prefers_the_source_digits():
    (src,) = mentions("21.500 tỷ", load_profile("vi"))
    assert render(src.value, load_profile("hi"), like=src) == "21,500 अरब"


@pytest.mark.parametrize(
    "source,target,code",
    [
        ("Tổng thu đạt 5 tỷ đồng.", "कुल राजस्व 5 करोड़ डोंग रहा।", "TQ501"),
        ("Tổng thu đạt 500 tỷ đồng.", "कुल राजस्व 5 अरब डोंग रहा।", "TQ501"),
        ("Tổng thu đạt 14.000 tỷ đồng.", "कुल राजस्व 14.000 अरब डोंग रहा।", "TQ503"),
        ("Hội nghị lúc 15h.", "सम्मेलन 15 घंटे शुरू हुआ।", "TQ506"),
        ("Khai mạc ngày 8.9.", "उद्घाटन 8.9 को हुआ।", "TQ506"),
        ("Tổng vốn 4.870 tỷ đồng.", "Total capital was USD 4.87 trillion.", "TQ505"),
        ("Khoảng 350 ha lúa bị ngập.", "लगभग 350 टन धान डूब गया।", "TQ507"),
        ("Giá lúa 7.500đ/kg.", "धान की कीमत 7,500 रुपये प्रति किलो है।", "TQ505"),  # "đ", the đồng's short form
    ],
)
def test_faults_from_the_mission(source, target, code):
    lang = "en" if target.isascii() else "hi"
    assert code in [f.code for f in check(target, source, target_lang=lang, source_lang="vi", select=["numbers"])]


@pytest.mark.parametrize(
    "source,target,suggestion",
    [
        ("Có 1,5 triệu lượt khách.", "1.5 लाख पर्यटक आए।", "15 लाख"),  # the target's own scale word, where it fits
        ("Vốn 1,2 tỷ USD.", "पूंजी 12 करोड़ अमेरिकी डॉलर है।", "1.2 अरब"),  # the source's digits, where a Hindi word keeps them
        ("Có 1,5 triệu lượt khách.", "1.5 करोड़ पर्यटक आए।", "15 लाख"),  # not 0.15 करोड़, nor the borrowed मिलियन
        ("Tổng vốn 3 nghìn tỷ đồng.", "कुल पूंजी 3 हज़ार करोड़ डोंग है।", "3 ट्रिलियन"),  # no own word fits: not the rare खरब
        ("Giá 150.000 đồng/kg.", "The price is VND150 per kg.", "150,000"),  # no scale word in the source
        ("Có 1,5 triệu lượt khách.", "There were 15 million visitors.", "1.5 million"),  # not "15 lakh"
    ],
)
def test_scale_error_suggestion_in_the_languages_own_words(source, target, suggestion):
    lang = "en" if target.isascii() else "hi"
    (f,) = check(target, source, target_lang=lang, source_lang="vi", select=["TQ501"])
    assert f.suggestion == suggestion


@pytest.mark.parametrize(
    "source,target,lang",
    [
        ("Doanh thu đạt 50 triệu baht.", "राजस्व 5 करोड़ डोंग रहा।", "hi"),  # the baht as Thai news writes it
        ("Doanh thu đạt 50 triệu baht.", "Revenue reached 50 million ringgit.", "en"),
        ("Khoản vay 200 tỷ rupiah.", "The loan is 200 billion baht.", "en"),
    ],
)
def test_asian_currencies_named_without_their_country(source, target, lang):
    assert [f.code for f in check(target, source, target_lang=lang, source_lang="vi", select=["TQ505"])] == ["TQ505"]
    right = target.replace("डोंग", "थाई बाहत").replace("ringgit", "baht") if "baht" in source else target.replace("baht", "rupiah")
    assert check(right, source, target_lang=lang, source_lang="vi", select=["TQ505"]) == []


@pytest.mark.parametrize(
    "source,target,lang,found",
    [
        ("Tổng vốn 500 tỷ đồng.", "Total capital is 500 billion pesos.", "en", "pesos"),  # no peso is the đồng
        ("Tổng vốn 500 tỷ đồng.", "Total capital is 500 billion francs.", "en", "francs"),
        ("Tổng vốn 500 triệu đô la Úc.", "Total capital is 500 million dollars.", "en", None),  # the Australian dollar is a dollar
        ("Tổng vốn 500 triệu đô la Úc.", "कुल पूंजी 50 करोड़ डॉलर है।", "hi", None),
        ("Quỹ thu 120 triệu bảng mỗi năm.", "कोषागारात दरवर्षी 12 कोटी पाउंड्सपर्यंत भर पडेल.", "mr", None),  # CLDR's Marathi spells it पौंड
    ],
)
def test_a_unit_word_several_currencies_share(source, target, lang, found):
    findings = check(target, source, target_lang=lang, source_lang="vi", select=["TQ505"])
    assert [target[f.start:f.end] for f in findings] == ([found] if found else [])


def test_scale_error_where_the_scale_word_comes_first():
    target = "Jimbo lilipata dola milioni 1.2."
    (f,) = check(target, "Tỉnh thu về 1,2 tỷ USD.", target_lang="sw", source_lang="vi", select=["TQ501"])
    assert target[f.start:f.end] == "milioni 1.2" and f.suggestion == "bilioni 1.2"


@pytest.mark.parametrize("source", ["Tickets cost Rs 12,000.", "Tickets cost Rs. 12,000.", "Tickets cost ₹12,000.", "Tickets cost INR 12,000."])
def test_a_rupee_amount_given_in_dollars_is_found(source):
    target = "टिकट की कीमत 12,000 डॉलर है।"
    assert [target[f.start:f.end] for f in check(target, source, target_lang="hi", source_lang="en", select=["TQ505"])] == ["डॉलर"]
    assert check("टिकट की कीमत 12,000 रुपये है।", source, target_lang="hi", source_lang="en", select=["TQ505"]) == []


def test_currency_named_with_cldr_suggestion():
    (f,) = check("कुल राजस्व 14,000 अरब वियतनामी डॉलर रहा।", target_lang="hi", select=["TQ504"])
    assert f.suggestion == "वियतनामी डोंग"


@pytest.mark.parametrize(
    "text,lang,suggestion",
    [
        ("Le chiffre d'affaires a atteint 14 000 milliards de dollars vietnamiens.", "fr", "dôngs vietnamiens"),
        ("Il a payé 1 dollar vietnamien.", "fr", "dông vietnamien"),
        ("Los ingresos alcanzaron 14 billones de dólares vietnamitas.", "es", "dongs vietnamitas"),
        ("Der Umsatz erreichte 14 Billionen vietnamesische Dollar.", "de", None),
        ("एकूण महसूल 14,000 अब्ज व्हिएतनामी डॉलर झाला.", "mr", None),
        ("মোট রাজস্ব ১৪ হাজার কোটি ভিয়েতনামি ডলার হয়েছে।", "bn", None),
    ],
)
def test_misnamed_currency_in_languages_of_either_word_order(text, lang, suggestion):
    """The country adjective and the unit word are read off CLDR in each language, a linking word ("de") may stand before them."""
    (f,) = check(text, target_lang=lang, select=["TQ504"])
    assert suggestion is None or f.suggestion == suggestion


@pytest.mark.parametrize(
    "text,lang",
    [("Le débat sur le dollar vietnamien continue depuis 2020.", "fr"), ("Il a payé 14 000 dôngs vietnamiens.", "fr"), ("Revenue reached 550 million US dollars.", "en")],
)
def test_currency_names_that_are_right_or_not_amounts_pass(text, lang):
    assert check(text, target_lang=lang, select=["TQ504"]) == []


@pytest.mark.parametrize(
    "text,lang,suggestion",
    [
        ("कुल राजस्व 10 अरब वियतनामी रुपये रहा।", "hi", "वियतनामी डोंग"),  # an inflected unit word
        ("मोट राजस्व ५ अरब वियतनामी डॉलरों में आंका गया।", "hi", "वियतनामी डोंग"),
        # the adjective with a long ī and with a short i: CLDR writes one of the two (which one changed between its releases)
        ("মোট রাজস্ব ১০ বিলিয়ন ভিয়েতনামী ডলার।", "bn", None),
        ("মোট রাজস্ব ১০ বিলিয়ন ভিয়েতনামি ডলার।", "bn", None),
        ("மொத்த வருவாய் 10 பில்லியன் வியட்நாமிய டாலர்.", "ta", "வியட்நாமீஸ் டாங்"),  # no profile; CLDR's adjective has another ending
        # the unit word spelled with another vowel length or sign than CLDR's ("दिनार", "रुपये", "पाउंड")
        ("कीमत 20 हज़ार वियतनामी दीनार है।", "hi", "वियतनामी डोंग"),
        ("कुल राजस्व 10 अरब वियतनामी रूपये रहा।", "hi", "वियतनामी डोंग"),
        ("कुल राजस्व 10 अरब वियतनामी पौंड रहा।", "hi", "वियतनामी डोंग"),
        # an ending in place of the unit word's last vowel sign (the oblique plural "रुपयों" of "रुपया")
        ("कुल 500 अरब वियतनामी रुपयों का निवेश हुआ।", "hi", "वियतनामी डोंग"),
        # a one-word name of a currency in use, with a country's adjective
        ("कुल राजस्व 10 अरब वियतनामी यूरो रहा।", "hi", "वियतनामी डोंग"),
        ("Revenue reached 10 billion Vietnamese euros.", "en", "Vietnamese dong"),
    ],
)
def test_misnamed_currency_written_with_another_inflection_or_spelling(text, lang, suggestion):
    from babel import Locale

    (f,) = check(text, target_lang=lang, select=["TQ504"])
    assert f.suggestion == (suggestion or Locale.parse(lang).currencies["VND"])


@pytest.mark.parametrize(
    "text,lang",
    [
        ("कुल 10 करोड़ भारतीय रुपये खर्च हुए।", "hi"),
        ("कुल 10 अरब इंडोनेशियाई रुपिया खर्च हुए।", "hi"),
        ("They spent 10 million Indian rupees and 5 billion Indonesian rupiahs.", "en"),
        ("The 5 Australian dollars and 3 Austrian schillings were kept.", "en"),
        ("Prices of 80 million dong for Vietnamese gold rose.", "en"),  # a metal, not a currency in use
    ],
)
def test_near_spellings_of_other_currencies_are_not_confused(text, lang):
    assert check(text, target_lang=lang, select=["TQ504"]) == []


def test_a_listed_word_matches_its_inflections_only():
    from tqcheck.rules.numbers.currency_names import _listed

    units = frozenset({"रुपया", "रुपिया", "dollar", "rupee", "rupiah"})
    assert _listed("रुपये", units) == "रुपया"
    assert _listed("dollars", units) == "dollar"
    assert _listed("rupees", units) == "rupee"
    assert _listed("rupiahs", units) == "rupiah"
    assert _listed("dollhouse", units) is None
    assert _listed("rup", units) is None


@pytest.mark.parametrize(
    "target,lang",
    [("सम्मेलन १५ घंटे शुरू हुआ।", "hi"), ("परिषद १५ तास सुरू झाली.", "mr"), ("सम्मेलन १५ घण्टा सुरु भयो।", "ne"), ("সম্মেলন ১৫ ঘণ্টা শুরু হয়।", "bn"), ("उद्घाटन ८.९ को हुआ।", "hi")],
)
def test_times_and_dates_whose_meaning_changed_are_found_in_native_digits_too(target, lang):
    source = "Hội nghị bắt đầu lúc 15h ngày 8.9."
    assert [f.code for f in check(target, source, target_lang=lang, source_lang="vi", select=["TQ506"])] == ["TQ506"]


@pytest.mark.parametrize(
    "target,lang,found",
    [
        ("सम्मेलन सुबह 3:30 बजे शुरू हुआ।", "hi", True),
        ("सम्मेलन दोपहर 3:30 बजे शुरू हुआ।", "hi", False),
        ("परिषद सकाळी ३.३० वाजता सुरू झाली.", "mr", True),
        ("सम्मेलन बिहान ३:३० बजे सुरु भयो।", "ne", True),
        ("সম্মেলন সকাল ৩:৩০টায় শুরু হয়।", "bn", True),
        ("The meeting began at 3:30 AM.", "en", True),
        ("The meeting began at 3:30 p.m., not 13:30 am.", "en", False),
    ],
)
def test_an_afternoon_hour_said_to_be_in_the_morning_is_found(target, lang, found):
    source = "Hội nghị bắt đầu lúc 15h30."
    assert bool(check(target, source, target_lang=lang, source_lang="vi", select=["TQ506"])) is found


def test_a_longer_number_of_hours_is_not_the_clock_time():
    assert check("सम्मेलन दोपहर ३ बजे शुरू हुआ, ११५ घंटे बाद ८.९१ प्रतिशत।", "Hội nghị bắt đầu lúc 15h ngày 8.9.", target_lang="hi", source_lang="vi", select=["TQ506"]) == []


@pytest.mark.parametrize(
    "source,target,lang",
    [("Phong trào này nổi lên vào những năm 1930.", "Ce mouvement est apparu dans les années 30.", "fr"),
     ("Giá nhà tăng mạnh từ thập niên 1980.", "House prices have risen sharply since the 80s.", "en"),
     ("Ông đến chợ lúc 4.40 sáng.", "Он пришел на рынок в 4:40 утра.", "ru"),
     ("Trận đấu bắt đầu lúc 5.30 chiều thứ Bảy.", "การแข่งขันเริ่มเวลา 17.30 น. ในวันเสาร์", "th"),
     ("Ngày 29 tháng 9 năm 1918, Trung tá Vann chỉ huy tiểu đoàn.", "เมื่อ 29 กันยายน 1918 พันโทวานน์นำกองพัน", "th")],
)
def test_shortened_years_and_dotted_times_are_the_same_figures(source, target, lang):
    assert check(target, source, target_lang=lang, source_lang="vi", select=["TQ501"]) == []


def test_years_of_a_local_calendar_are_the_same_year():
    source = "Kỳ thi tiếp tục vào năm 2018."
    assert check("การสอบดำเนินต่อไปในปี พ.ศ. 2561", source, target_lang="th", source_lang="vi", select=["TQ501"]) == []
    assert [f.code for f in check("การสอบดำเนินต่อไปในปี พ.ศ. 2562", source, target_lang="th", source_lang="vi", select=["TQ501"])] == ["TQ501"]


def test_a_changed_minute_is_still_found():
    assert [f.code for f in check("Он пришел на рынок в 4:50 утра.", "Ông đến chợ lúc 4.40 sáng.", target_lang="ru", source_lang="vi", select=["TQ501"])] == ["TQ501"]


def test_digit_style_minority_in_a_document():
    findings = check("वर्ष 2024 में 112% वृद्धि हुई और ५% अधिक राजस्व मिला, 6,५०० लोग आए।", target_lang="hi", select=["TQ502"])
    assert [f.suggestion for f in findings] == ["5", "6,500"]


@pytest.mark.parametrize(
    "text,lang,value",
    [("2,5 milliards", "fr", 2.5e9), ("3 миллиона", "ru", 3e6), ("5 พันล้าน", "th", 5e9), ("1918 พันโท", "th", 1918),
     ("50億ドン", "ja", 5e9), ("50亿越南盾", "zh", 5e9), ("50억 동", "ko", 5e9)],
)
def test_scale_words_of_languages_without_a_profile_come_from_cldr(text, lang, value):
    (m,) = mentions(text, load_profile(lang))
    assert m.value == pytest.approx(value)


def test_the_currency_signs_list_is_unicodes():
    import regex

    from tqcheck.rules.numbers._money import CURRENCY_SIGNS

    every = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x20000)))
    assert set(regex.findall(r"\p{Sc}", every)) <= set(CURRENCY_SIGNS)


@pytest.mark.parametrize(
    "source,target,lang",
    [
        ("Ngày 8/9, tỉnh tổ chức hội nghị.", "9 अगस्त को प्रांत ने सम्मेलन किया।", "hi"),  # day and month swapped
        ("Ngày 8/9, tỉnh tổ chức hội nghị.", "प्रांत ने ९ अगस्त को सम्मेलन किया।", "hi"),  # in native digits
        ("Hội nghị diễn ra ngày 8 tháng 9 năm 2023.", "The conference took place on 8 October 2023.", "en"),  # the month changed
        ("Hội nghị diễn ra ngày 8/9/2023.", "The conference took place on August 9th, 2023.", "en"),
        ("Ngày 15/3, tỉnh tổ chức hội nghị.", "১৫ এপ্রিল প্রদেশে সম্মেলন হয়।", "bn"),
        ("Lễ hội diễn ra từ ngày 1-5/10.", "उत्सव 1 से 5 नवंबर तक चलेगा।", "hi"),  # the last day of a range of days
    ],
)
def test_dates_read_the_wrong_way_are_found(source, target, lang):
    assert [f.code for f in check(target, source, target_lang=lang, source_lang="vi", select=["TQ509"])] == ["TQ509"]


@pytest.mark.parametrize(
    "source,target,lang",
    [
        ("Ngày 8/9, tỉnh tổ chức hội nghị.", "8 सितम्बर को प्रांत ने सम्मेलन किया।", "hi"),  # a spelling CLDR leaves out
        ("Hội nghị diễn ra ngày 8/9/2023.", "The conference took place on September 8, 2023.", "en"),
        ("Ngày 8/9, tỉnh tổ chức hội nghị.", "Le 8 septembre, la province a tenu une conférence.", "fr"),
        ("Tỉnh tổ chức hội nghị về 8 dự án.", "The province held a conference on 8 projects in May.", "en"),  # no date in the source
        ("Ngày 8/9, tỉnh tổ chức hội nghị.", "On 8 September the province met; on 3 May it voted.", "en"),  # a date the source lacks
        ("Lễ hội diễn ra từ ngày 1-5/10.", "उत्सव 1 से 5 अक्टूबर तक चलेगा।", "hi"),
        ("Lãi suất giảm từ 2-5/10 điểm.", "ब्याज दर 2-5/10 अंक घटी।", "hi"),
    ],
)
def test_dates_read_right_or_absent_from_the_source_pass(source, target, lang):
    assert check(target, source, target_lang=lang, source_lang="vi", select=["TQ509"]) == []


@pytest.mark.parametrize("lang", ["hi", "vi", "en", "bn", "fr", "de"])
def test_the_month_name_hint_never_hides_a_date(lang):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from tqcheck.rules.numbers._readings import _month_date_re

    pattern, names, hint = _month_date_re(lang)
    name = st.sampled_from(sorted(names)).flatmap(lambda n: st.sampled_from([n, n.upper(), n.title(), n.replace(" ", "  "), n.replace(" ", "\n")]))

    @settings(max_examples=60)
    @given(st.lists(st.one_of(name, st.sampled_from(["8", "१५", " ", "th ", " de ", "."]), st.text(max_size=3)), max_size=6).map("".join))
    def prop(text):
        if pattern.search(text):
            assert hint.search(text.casefold())

    prop()


def test_value_keys_of_whole_numbers_are_the_rounded_keys():
    from hypothesis import given
    from hypothesis import strategies as st

    from tqcheck.numerals import value_key

    @given(st.one_of(st.integers(-10**12, 10**12), st.floats(allow_nan=False, allow_infinity=False)))
    def prop(v):
        assert value_key(v) == float(f"{v:.9g}")

    prop()


@pytest.mark.parametrize(
    "source,target,lang,found",
    [
        ("Tổng thu đạt 2 tỷ 500 triệu đồng.", "कुल राजस्व 2.5 अरब डोंग रहा।", "hi", False),  # one number in two scale words
        ("Tổng thu đạt 2 tỷ 500 triệu đồng.", "कुल राजस्व 2.6 अरब डोंग रहा।", "hi", True),
        ("Tổng thu đạt 21.500 tỷ đồng.", "총수입은 21조 5,000억 동에 달했다.", "ko", False),
        ("Tổng thu đạt 21.500 tỷ đồng.", "총수입은 2조 1,500억 동에 달했다.", "ko", True),  # ten times too small
        ("Tổng thu đạt 2 tỷ 500 triệu đồng.", "总收入达到25亿越南盾。", "zh", False),
    ],
)
def test_numbers_written_with_two_scale_words_are_one_figure(source, target, lang, found):
    assert bool(check(target, source, target_lang=lang, source_lang="vi", select=["TQ501"])) == found


@pytest.mark.parametrize("target,lang,found", [("8月9日、省は会議を開いた。", "ja", True), ("9月8日、省は会議を開いた。", "ja", False), ("8월 9일 성에서 회의가 열렸다.", "ko", True)])
def test_dates_with_cjk_day_suffixes(target, lang, found):
    assert bool(check(target, "Ngày 8/9, tỉnh tổ chức hội nghị.", target_lang=lang, source_lang="vi", select=["TQ509"])) == found


@pytest.mark.parametrize("lang", ["hi", "vi", "en"])
def test_the_currency_hint_near_figures_never_hides_a_currency(lang):
    """Wherever _currencies finds an amount's currency, may_name_currency (looking only near the figures) said there could be one."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from tqcheck.languages import load_profile
    from tqcheck.numerals import mentions
    from tqcheck.rules.numbers._money import may_name_currency
    from tqcheck.rules.numbers.currencies import _currencies
    from tqcheck.text import TextInfo

    profile = load_profile(lang)
    piece = st.sampled_from(["5", "21.500", "3,2", " ", "  ", "$", "US$", "€", "₫", "VND", "USD", "EUR", "đồng", "डोंग", "dollars", "tỷ", "अरब", "million", "Mỹ", "la", "đô", "यूएस", "डॉलर", "abc", "xyz"])

    @settings(max_examples=150, deadline=None)
    @given(st.lists(st.one_of(piece, st.text(max_size=3)), max_size=8).map(" ".join))
    def prop(text):
        info = TextInfo(text)
        figures = mentions(text, profile)
        if figures and _currencies(info, lang, figures):
            assert may_name_currency(text, profile, info.folded, figures)

    prop()


@pytest.mark.parametrize(
    "source_lang,target_lang,source,target,unit",
    [
        ("vi", "hi", "Quãng đường dài 15 km.", "दूरी 15 मील है।", "kilometer"),
        ("vi", "en", "Nhiệt độ lên tới 35 độ C.", "Temperatures reached 35 degrees Fahrenheit.", "celsius"),
        # spellings CLDR does not give ("फ़ेरनहाइट" is CLDR's), from the profiles
        ("vi", "hi", "Nhiệt độ lên tới 35 độ C.", "तापमान 35 डिग्री फ़ारेनहाइट रहा।", "celsius"),
        ("vi", "en", "Nhiệt độ lên tới 35 độ C.", "Temperatures reached 35 degrees F.", "celsius"),
        ("vi", "mr", "Nhiệt độ lên tới 35 độ C.", "तापमान 35 अंश फॅरनहाइट होते.", "celsius"),
        # languages without a profile: the units come from CLDR
        ("vi", "de", "Quãng đường dài 15 km.", "Die Strecke ist 15 Meilen lang.", "kilometer"),
        ("vi", "zh", "Quãng đường dài 15 km.", "路程长15英里。", "kilometer"),
        # symbols any language writes ("18°C" in Hindi copy), and Hindi spellings CLDR lacks ("सेमी", "फुट")
        ("vi", "hi", "Nhiệt độ còn 18°C.", "तापमान 18°F रह गया।", "celsius"),
        ("vi", "hi", "Lượng mưa đạt 320 mm.", "320 सेमी वर्षा दर्ज की गई।", "millimeter"),
        ("vi", "hi", "Mực nước lên 2,8 m.", "जलस्तर 2.8 फुट बढ़ गया।", "meter"),
        # durations: CLDR's long forms, Hindi's everyday and oblique ones, "giờ" and years of age
        ("vi", "hi", "Mưa kéo dài 3 ngày.", "बारिश 3 घंटों तक चली।", "day"),
        ("vi", "hi", "Cầu được xây trong 18 tháng.", "पुल 18 साल में बना।", "month"),
        ("vi", "hi", "Đường bị chặn trong 48 giờ.", "सड़क 48 दिनों तक बंद रही।", "hour"),
        ("vi", "hi", "Cháu bé 14 tuổi đã đỗ.", "14 महीने का बच्चा पास हुआ।", "year"),
        ("vi", "en", "Lễ hội kéo dài 2 tuần.", "The festival lasts 2 days.", "week"),
        ("vi", "de", "Mưa kéo dài 3 ngày.", "Der Regen dauerte 3 Stunden.", "day"),
    ],
)
def test_a_unit_changed_without_its_figure_is_found_in_any_language(source_lang, target_lang, source, target, unit):
    (f,) = check(target, source, target_lang=target_lang, source_lang=source_lang, select=["TQ507"])
    assert f"the source's unit is {unit} " in f.message


@pytest.mark.parametrize(
    "source_lang,source,target",
    [
        ("vi", "Gió mạnh 85 dặm/giờ.", "हवा की गति 85 मील प्रति घंटे रही।"),  # inflected past CLDR's "मील प्रति घंटा"
        ("en", "Winds of 85 mph were recorded.", "85 मील प्रति घंटे की हवाएं दर्ज की गईं।"),
        ("en", "Only 2 in 10 voters agreed.", "सहमत मतदाता: 10 में से 2।"),  # "in" is no inch (else this 2 lost its unit)
        ("vi", "Nhiệt độ lên tới 35 độ C.", "तापमान 95 डिग्री फ़ारेनहाइट रहा।"),  # converted
        ("vi", "Nhiệt độ lên tới 35 độ C.", "तापमान 35 डिग्री सेल्सियस रहा।"),
        ("vi", "Nhiệt độ còn 18°C, mưa 320 mm.", "तापमान 18°C रहा, 320 mm बारिश हुई।"),
        # durations inside dates and clock times are none; a duration may become a clock time or a date
        ("vi", "Ngày 5 tháng 5 năm 2024, mưa 5 ngày.", "5 दिन की बारिश 5 मई 2024 को शुरू हुई।"),
        ("vi", "Từ tháng 3 năm 2024, mưa 3 tuần.", "3 सप्ताह की बारिश मार्च 2024 से हुई।"),
        ("vi", "Cuộc họp bắt đầu lúc 9 giờ.", "बैठक 9 बजे शुरू हुई।"),
        ("vi", "Phiên họp kết thúc lúc 15 giờ 30.", "सत्र 15:30 बजे समाप्त हुआ।"),
        ("vi", "Dự án kéo dài 5 năm.", "परियोजना 5 वर्षों तक चली।"),
        ("vi", "Sau 2 tuần, hàng về.", "2 हफ़्ते बाद माल आया।"),
        # a duration compared with durations only: the source's "6 tuổi" misreads six foot six
        ("vi", "Anh cao 6 foot 6 tuổi.", "उसकी लंबाई 6 फुट 6 इंच थी।"),
    ],
)
def test_units_read_from_cldr_raise_no_alarm_on_the_same_measure(source_lang, source, target):
    assert check(target, source, target_lang="hi", source_lang=source_lang, select=["TQ507"]) == []


@pytest.mark.parametrize(
    "lang,target,found",
    [
        ("ru", "Общий капитал составляет 5 млн донгов.", True),  # CLDR's short form of a million
        ("ru", "Общий капитал составляет 5 млрд донгов.", False),
        ("de", "Das Gesamtkapital beträgt 5 Mio. Dong.", True),
        ("de", "Das Gesamtkapital beträgt 5 Mrd. Dong.", False),
    ],
)
def test_abbreviated_scale_words_of_languages_without_a_profile(lang, target, found):
    findings = check(target, "Tổng vốn 5 tỷ đồng.", target_lang=lang, source_lang="vi", select=["TQ501"])
    assert bool(findings) == found


def test_single_letter_scale_forms_are_not_scale_words():
    from tqcheck.languages.cldr import scale_words

    assert {"млн", "млрд"} <= set(scale_words("ru")) and not {"M", "B", "K"} & set(scale_words("fr") | scale_words("it"))
    # CLDR's fallback letters for a language it has no words for: "5G" in Maithili is no 5 billion
    assert not {"K", "M", "G", "T"} & set(load_profile("mai").scale)
    assert [m.value for m in mentions("12 प्रांत मे 5G नेटवर्क", load_profile("mai"))] == [12, 5]


@pytest.mark.parametrize(
    "text,lang,value",
    [("21,500 கோடி", "ta", 2.15e11), ("3 లక్షలు", "te", 3e5), ("5 ಕೋಟಿ", "kn", 5e7), ("2 ലക്ഷം", "ml", 2e5), ("7 करोड़", "mai", 7e7)],
)
def test_lakh_and_crore_where_cldr_lacks_them(text, lang, value):
    (m,) = mentions(text, load_profile(lang))
    assert m.value == pytest.approx(value)


@pytest.mark.parametrize(
    "source_lang,source,target,found",
    [
        ("vi", "Ngày 30/4/2024 cầu khánh thành.", "4 अप्रैल 2030 को पुल का उद्घाटन हुआ।", True),  # the day 30 is no year '30
        ("en", "The class of '16 met again.", "2016 की कक्षा फिर मिली।", False),
        ("vi", "Chiến tranh năm 1950-53 đã kết thúc.", "1950-1953 का युद्ध समाप्त हुआ।", False),
    ],
)
def test_a_full_year_stands_for_a_two_digit_year_only_where_the_source_writes_one(source_lang, source, target, found):
    findings = check(target, source, target_lang="hi", source_lang=source_lang, select=["TQ501"])
    assert any("2030" in f.message for f in findings) == found and (found or findings == [])


@pytest.mark.parametrize(
    "lang,target",
    [("ne", "बैठक ९ अगस्टमा सुरु हुन्छ।"), ("mr", "बैठक ९ ऑगस्टला सुरू होईल."), ("bn", "সভা ৯ আগস্টে শুরু হবে।")],
)
def test_a_swapped_date_whose_month_carries_a_case_ending(lang, target):
    (f,) = check(target, "The meeting starts on 8 September.", target_lang=lang, source_lang="en", select=["TQ509"])
    assert "swapped" in f.message


@pytest.mark.parametrize(
    "lang,target,source,suggestion",
    [
        ("hi", "कुल राजस्व 14.000 अरब रहा।", None, "14,000"),
        ("en", "Output reached 1.200.000 tonnes.", None, "1,200,000"),
        ("fr", "Le taux est de 2.5 %.", None, "2,5"),
        # a valid decimal in Hindi, but the source's figure is two thousand five hundred
        ("hi", "2.500 लोग शामिल हुए।", "Có 2.500 người tham dự.", "2,500"),
    ],
)
def test_a_figure_in_another_locale_s_format_is_rewritten_with_its_meant_value(lang, target, source, suggestion):
    (f,) = check(target, source, target_lang=lang, source_lang="vi" if source else None, select=["TQ503"])
    assert f.suggestion == suggestion


def test_a_three_decimal_figure_the_source_also_reads_as_a_decimal_passes():
    assert check("दर 2.125% रही।", "The rate was 2.125%.", target_lang="hi", source_lang="en", select=["TQ503"]) == []


@pytest.mark.parametrize(
    "text,lang,values",
    [
        # languages that group digits with a space: any space the writer typed
        ("Près de 16\u00a0700 personnes et 26\u202f750 $.", "fr", [16700, 26750]),
        ("около 40 000 новых случаев", "ru", [40000]),
        ("1 000 000,5 zł", "pl", [1000000.5]),
        # a year before a count, and a telephone number, stay apart
        ("en 2018 500 personnes", "fr", [2018, 500]),
        ("appelez le 0800 555 111", "fr", [800, 555, 111]),
        # Hindi groups with commas: a space separates two figures
        ("40 000 लोग", "hi", [40, 0]),
        # Arabic-script signs: "٫" decimal, "٬" or the Arabic comma "،" grouping three digits
        ("4،700 ٹویٹس اور 76،000 ہیکٹر", "ur", [4700, 76000]),
        ("۱۲٬۵۰۰٫۵ تومان", "fa", [12500.5]),
        ("3،4", "ur", [3, 4]),
        # a Thai scale word of a million or more runs into its noun; "พัน" (thousand) of "พันธมิตร" does not
        ("19 ล้านรายการ และ 5 พันล้านบาท", "th", [19e6, 5e9]),
        ("5 พันธมิตร", "th", [5]),
    ],
)
def test_separators_and_scale_words_of_other_scripts(text, lang, values):
    assert [m.value for m in mentions(text, load_profile(lang))] == pytest.approx(values)


@pytest.mark.parametrize(
    "source,target,lang",
    [
        ("Gió giật 85 mph, cách bờ 385 dặm.", "Rafales à 135\u00a0km/h, à 620\u00a0km de la côte.", "fr"),
        ("Lượng mưa từ 3 đến 6 inch.", "Rain of 7.5 to 15 cm is expected.", "en"),  # a range takes the unit of its last figure
        ("Nhiệt độ lên tới 95 độ F.", "Temperatures reached 35 °C.", "en"),
        ("Cơn bão cách 200 dặm.", "The storm was 300 km away.", "en"),  # copy rounds: 321.9 km
        ("Có 16,700 người sơ tán.", "Près de 16 700 personnes ont été évacuées.", "fr"),
        ("Gọi 116 123 miễn phí.", "Appelez gratuitement le 116\u00a0123.", "fr"),
        ("Cuộc họp bắt đầu lúc 9 giờ.", "The meeting began at 9.", "en"),  # hours become a clock time, not lost
        ("Đường bị chặn trong 2 ngày.", "The road was closed for 48 hours.", "en"),  # durations convert
    ],
)
def test_converted_measurements_and_space_grouped_figures_pass(source, target, lang):
    assert check(target, source, target_lang=lang, source_lang="vi", select=["TQ501", "TQ507"]) == []


@pytest.mark.parametrize(
    "source,target,lang",
    [
        ("Cơn bão cách 385 dặm.", "The storm was 820 km away.", "en"),  # 385 miles are 620 km
        ("Cơn bão cách 385 dặm.", "The storm was 385 km away.", "en"),  # the figure kept, the unit changed
        ("Mưa 500 mm, 25 xuồng máy được huy động.", "Rain of 500 mm; 21 motorboats were deployed.", "en"),  # 21 has no unit: no conversion
        ("Có 16,700 người sơ tán.", "Près de 16 800 personnes ont été évacuées.", "fr"),
    ],
)
def test_a_wrong_conversion_or_a_changed_figure_is_still_found(source, target, lang):
    assert check(target, source, target_lang=lang, source_lang="vi", select=["TQ501", "TQ507"])


@pytest.mark.parametrize(
    "source,target,lang,word",
    [
        ("Giá 5 tỷ đồng.", "The price is 5 billion copper.", "en", "copper"),  # đồng is copper too
        ("Dự án 500 tỷ đồng.", "परियोजना 500 अरब तांबे की है।", "hi", "तांबे"),
    ],
)
def test_a_currency_translated_as_a_word_is_found(source, target, lang, word):
    (f,) = check(target, source, target_lang=lang, source_lang="vi", select=["TQ505"])
    assert target[f.start:f.end] == word


@pytest.mark.parametrize(
    "source,target,lang,word",
    [
        ("Doanh thu đạt 2,5 triệu đồng.", "राजस्व २.५ मिलियन डलरमा पुग्यो।", "ne", "डलर"),  # in dollars
        ("Doanh thu đạt 2,5 triệu USD.", "আয় ২.৫ মিলিয়ন ইউরোতে পৌঁছেছে।", "bn", "ইউরো"),
        ("Doanh thu đạt 2,5 triệu USD.", "महसूल 2.5 दशलक्ष युरोवर पोहोचला.", "mr", "युरो"),  # दशलक्ष: million
    ],
)
def test_a_currency_word_with_a_case_ending_is_read(source, target, lang, word):
    (f,) = check(target, source, target_lang=lang, source_lang="vi", select=["TQ505"])
    assert target[f.start:f.end] == word
    right = target.replace(word, {"ne": "डोङ", "bn": "ডলার", "mr": "डॉलर"}[lang])
    assert check(right, source, target_lang=lang, source_lang="vi", select=["TQ505"]) == []


@pytest.mark.parametrize(
    "source,target,lang",
    [
        ("Giá 5 tỷ đồng.", "The price is VND 5 billion.", "en"),
        ("Giá 5 tỷ đồng.", "The price is 5 billion dong.", "en"),
        ("Giá 20 USD.", "कीमत 20 डॉलर्स है।", "hi"),  # an inflected form of a currency word
        ("Giá 20 USD.", "The price is $20 in all.", "en"),
        ("Giá 20 USD.", "Le prix est de 20 de dollars.", "fr"),  # no profile: CLDR's forms only, so not judged
        # the ISO code read out letter by letter
        ("Giá 5 tỷ đồng.", "कीमत 5 अरब वीएनडी है।", "hi"),
        ("Giá 5 tỷ đồng.", "किंमत 5 अब्ज व्हीएनडी आहे.", "mr"),
        ("Giá 5 tỷ đồng.", "দাম ৫ বিলিয়ন ভিএনডি।", "bn"),
        ("Giá 5 tỷ đồng.", "मूल्य ५ अर्ब डोङको हो।", "ne"),  # a case ending on the currency word
        ("Giá 20 triệu USD.", "किंमत २ कोटी अमेरिकी डॉलर्स आहे.", "mr"),  # the currency's adjective first
    ],
)
def test_a_currency_named_any_usual_way_is_not_lost(source, target, lang):
    assert check(target, source, target_lang=lang, source_lang="vi", select=["TQ505"]) == []


def test_a_unit_without_a_conversion_factor_converts_to_nothing(monkeypatch):
    # a profile's unit without a factor (square feet, once its factor is taken away): no conversion, and no crash
    from tqcheck.languages import cldr

    monkeypatch.setattr(cldr, "NEWS_UNITS", {k: v for k, v in cldr.NEWS_UNITS.items() if k != "area-square-foot"})
    findings = check("क्षेत्र 538 वर्ग फुट है।", "Diện tích 50 m2.", target_lang="hi", source_lang="vi", select=["TQ501"])
    assert [f.code for f in findings] == ["TQ501"] and "crashed" not in findings[0].message


def test_square_metres_convert_to_square_feet():
    assert check("क्षेत्र 538 वर्ग फुट है।", "Diện tích 50 m2.", target_lang="hi", source_lang="vi", select=["TQ501"]) == []
    assert [f.code for f in check("The house covers 5,000 square feet.", "Nhà rộng 50 m2.", target_lang="en", source_lang="vi", select=["TQ501"])] == ["TQ501"]


@pytest.mark.parametrize(
    "text,lang",
    [("1 000 000,5५2,5", "ru"), ("4،7004،700", "ur"), ("16\u00a0700.2,54،700", "de"), ("14.0004،700", "ur")],
)
def test_figures_that_no_convention_reads_are_read_without_crashing(text, lang):
    findings = check(text, "Có 4.700 tin nhắn, 16,700 người.", target_lang=lang, source_lang="vi", select=["numbers"])
    assert not any("crashed" in f.message for f in findings)
    assert mentions(text, load_profile(lang))


@pytest.mark.parametrize(
    "lang,text,found",
    [
        ("hi", "कुल ২০২৩ में परियोजनाएं और 15 गाड़ियाँ।", ("'২০২৩' is written in Bengali digits, which Hindi does not use", "2023")),
        ("mr", "एकूण १५ प्रकल्प आणि ২০ गाड्या.", ("'২০' is written in Bengali digits, which Marathi does not use", "२०")),
        ("vi", "Tổng cộng ٢٠٢٣ dự án.", ("'٢٠٢٣' is written in Arabic-Indic digits, which Vietnamese does not use", "2023")),
        # a language's own digits, where CLDR's default system is ASCII: Thai, Tamil
        ("th", "ใน พ.ศ. ๒๕๖๑ มีผู้เข้าร่วม ๒๕ คน", None),
        ("ta", "மொத்தம் ௨௫ பேர்", None),
    ],
)
def test_digits_of_a_script_the_target_does_not_write(lang, text, found):
    findings = check(text, target_lang=lang, select=["TQ502"])
    assert [(f.message, f.suggestion) for f in findings] == ([found] if found else [])


@pytest.mark.parametrize("digits", ["100000000000000000000000٫0٫0", "1" * 150 + ",5", "9" * 40 + ".000"])
def test_numbers_longer_than_the_decimal_context_are_formatted(digits):
    findings = check(f"राशि {digits} रुपये है।", target_lang="hi", select=["numbers"])
    assert not any("crashed" in f.message for f in findings)


@pytest.mark.parametrize(
    "target,lang,suggestion",
    [
        ("Revenue reached 14 trillion Vietnamese dollars.", "en", "Vietnamese dong"),
        ("Le chiffre atteint 14 000 milliards de dollars vietnamiens.", "fr", "dôngs vietnamiens"),
        ("Выручка составила 14 трлн вьетнамских долларов.", "ru", "вьетнамских донгов"),
        ("Выручка составила 5 вьетнамских доллара.", "ru", "вьетнамских донга"),
    ],
)
def test_a_currency_name_is_suggested_as_running_text_writes_it(target, lang, suggestion):
    findings = check(target, target_lang=lang, select=["TQ504"])
    assert [f.suggestion for f in findings] == [suggestion]


@pytest.mark.parametrize(
    "source,target,found",
    [
        # "đầu năm" is the start of the year, not five: the changed 6 is found
        ("Ngày 21/6, 6 tháng đầu năm kim ngạch giảm 4%.", "On June 21, turnover in the first 5 months was down 4%.", True),
        ("Có năm mươi xe.", "There were 50 vehicles.", False),  # "năm mươi": fifty, a compound
        ("Có năm người.", "There were 5 people.", False),
    ],
)
def test_number_words_that_are_everyday_words_count_only_in_compounds(source, target, found):
    findings = check(target, source, target_lang="en", source_lang="vi", select=["TQ501"])
    assert bool([f for f in findings if f.severity.name != "INFO"]) == found


def test_languages_whose_countries_order_numeric_dates_differently_have_no_one_order():
    from tqcheck.languages import cldr

    assert cldr.day_comes_first("en") is None  # en_GB 12/03/2024, en_US 3/12/2024
    assert cldr.day_comes_first("hi") is True and cldr.day_comes_first("vi") is True
    source = "Ngày 12/3/2024, tỉnh họp."
    for target in ("On 12/03/2024, the province met.", "On 3/12/2024, the province met."):
        assert check(target, source, target_lang="en", source_lang="vi", select=["TQ509"]) == []


@pytest.mark.parametrize(
    "source,target,lang,found",
    [
        ("Đội nhà thắng 3-1, Minh ghi 2 bàn.", "The home side won 3-2, with Minh scoring two.", "en", "'3-2'"),
        ("Họ thắng 4&3 dù bỏ lỡ 2 lỗ.", "वे 2 होल चूकने के बावजूद 4&2 से जीते।", "hi", "'4&2'"),
        ("Dự báo mưa 3 – 5 ngày ở 6 tỉnh.", "6 प्रांतों में 3 – 6 दिन बारिश की संभावना है।", "hi", "'3 – 6'"),
        # the same two figures in either order, a conversion, a date or a year span are no changed pair
        ("Đội khách thua 1-3.", "The visitors were beaten 3-1.", "en", None),
        ("Mưa từ 5-10 inch.", "Rain of 13-25 cm is expected.", "en", None),
        ("Ngày 12-3-2024, đội thắng 2-0 trước 3 đội.", "On 3-12-2024 the side won 2-0 against 3 teams.", "en", None),
        ("Mùa giải 2019-2020 có 3 trận 1-1.", "The 2019-20 season had 3 draws of 1-1.", "en", None),
    ],
)
def test_a_score_or_range_with_a_changed_figure_is_found(source, target, lang, found):
    findings = check(target, source, target_lang=lang, source_lang="vi", select=["TQ501"])
    assert [f.message.partition(" is ")[0] for f in findings] == ([found] if found else [])


@pytest.mark.parametrize(
    "source,target,lang,found",
    [
        ("Tháng 9 năm 2024, tỉnh đón 2 triệu khách.", "2024 के 9 माह में प्रांत ने 20 लाख पर्यटकों का स्वागत किया।", "hi", ["'9 माह'"]),
        ("Ngày 10 tháng 10, xe lao vào người đi bộ.", "10 महीनों में ट्रक पैदल यात्रियों से टकराया।", "hi", ["'10 महीनों'"]),
        ("Lễ hội khai mạc ngày 2 tháng 9.", "The festival opens in 2 days, 9 months.", "en", ["'2 days'", "'9 months'"]),
        # an age, a date's year (Russian writes it with its word after), and a count the source has too
        ("Ở tuổi 20, anh đã vô địch.", "20 साल की उम्र में वह चैंपियन बना।", "hi", []),
        ("Năm 2017, giá tăng.", "В 2017 году цены выросли.", "ru", []),
        ("Sau 9 tháng, đến tháng 9 năm 2024, dự án xong.", "9 महीनों के बाद, सितंबर 2024 तक परियोजना पूरी हुई।", "hi", []),
    ],
)
def test_a_date_s_day_or_month_given_as_a_duration_is_found(source, target, lang, found):
    findings = check(target, source, target_lang=lang, source_lang="vi", select=["TQ506"])
    assert [f.message.partition(" is ")[0] for f in findings] == found


@pytest.mark.parametrize(
    "source,target,lang,found",
    [
        # an ordinal word stands for its figure, so the one changed small figure is found
        ("Đội có 17 điểm sau 9 trận, đứng thứ 2, kém đội đầu 1 điểm.", "9 मैचों के बाद टीम के 17 अंक हैं, वह दूसरे स्थान पर है, शीर्ष टीम से 4 अंक पीछे।", "hi", True),
        ("Đội có 17 điểm sau 9 trận, đứng thứ 2, kém đội đầu 1 điểm.", "After 9 games the side has 17 points, second place, 4 points behind the leaders.", "en", True),
        ("Đội có 17 điểm sau 9 trận, đứng thứ 2, kém đội đầu 1 điểm.", "9 मैचों के बाद टीम के 17 अंक हैं, वह दूसरे स्थान पर है, शीर्ष टीम से 1 अंक पीछे।", "hi", False),
        # Roman numerals of ten or more are figures: changed, they are missing from the target
        ("Hội khỏe Phù Đổng lần thứ X khai mạc ngày 3/12.", "3 दिसंबर को 14वां फू डोंग खेल महोत्सव शुरू हुआ।", "hi", True),
        ("Đại hội XIII của Đảng bế mạc.", "The party's 13th congress closed.", "en", False),
        ("Quốc hội khóa XV họp kỳ thứ 8.", "15वीं राष्ट्रीय सभा का 8वां सत्र हुआ।", "hi", False),
    ],
)
def test_ordinals_and_roman_numerals_count_as_figures(source, target, lang, found):
    findings = check(target, source, target_lang=lang, source_lang="vi", select=["TQ501"])
    assert bool([f for f in findings if f.severity >= Severity.WARNING]) == found


@pytest.mark.parametrize(
    "source,target,lang,found",
    [
        # an ordinal of the source given as another number's word, in figures or Roman numerals
        ("Doanh thu quý 3 tăng 12%.", "चौथी तिमाही में राजस्व 12% बढ़ा।", "hi", ["चौथी"]),
        ("Doanh thu quý III tăng 12%.", "Revenue rose 12% in the fourth quarter.", "en", ["fourth"]),
        ("Đội đứng thứ 3, kém 12 điểm.", "The team came fifth, 12 points behind.", "en", ["fifth"]),
        # a count, in figures or in words, given as another number's word
        ("Có 3 người và 12 xe.", "Four people and 12 cars were there.", "en", ["Four"]),
        ("Có sáu người và 12 xe.", "सात लोग और 12 गाड़ियाँ थीं।", "hi", ["सात"]),
        # the same ordinal, or a word in a compound number
        ("Doanh thu quý III tăng 12%.", "तीसरी तिमाही में राजस्व 12% बढ़ा।", "hi", []),
        # a rank in a list, which a target words freely; a number word that names a day or a month
        # ("thứ Bảy", Saturday); a number word that is an everyday word too (Nepali "छ", is)
        ("Hai gôn thủ xếp hạng 1 và 3 thế giới thua 2&1.", "विश्व में पहले और तेश्रो नंबर के गोल्फर चार समिकरण में 2-1 से हारे।", "hi", []),
        ("Vào thứ Bảy, 12 đội thi đấu.", "शनिवार को 12 टीमें पांच मैदानों पर खेलीं।", "hi", []),
        ("Có 3 người và 12 xe.", "३ जना र १२ गाडी थिए, यो ठूलो छ।", "ne", []),
        # "năm" (five, and year) is a count before a count noun, "tư" (four) after an ordinal word
        ("Chỉ còn năm tuần, 12 ngày.", "अब सिर्फ़ आठ हफ़्ते, 12 दिन रह गए हैं।", "hi", ["आठ"]),
        ("Anh thắng năm trận, còn tám trận, có 12 điểm.", "उन्होंने पाँच मैच जीते, 12 अंक हैं।", "hi", []),
        ("Raikkonen về thứ tư, còn tám vòng, 12 điểm.", "राइकोनेन चौथे स्थान पर रहे, 12 अंक।", "hi", []),
        # the source's one 3 is the target's "3-1", and explains no "तीसरे" (third) beside it
        ("Đội thắng 3-1 và xếp thứ hai bảng D.", "टीम 3-1 से जीती और ग्रुप डी में तीसरे स्थान पर है।", "hi", ["तीसरे"]),
        ("Đội thắng 3-1 và xếp thứ ba bảng D.", "टीम 3-1 से जीती और ग्रुप डी में तीसरे स्थान पर है।", "hi", []),
        # "bốn năm" is four years, no nine
        ("Từ bốn năm trước, đội thắng tám trận, có 12 điểm.", "चार वर्ष पहले से टीम के 12 अंक हैं।", "hi", []),
        ("Đội đứng thứ 3, có 12 điểm.", "The team, twenty-four years old, has 12 points and came third.", "en", []),
        ("Đội đứng thứ 3, có 12 điểm.", "The side has 12 points, fourth from the top and five clear.", "en", []),
    ],
)
def test_a_count_given_as_another_numbers_word_is_found(source, target, lang, found):
    findings = check(target, source, target_lang=lang, source_lang="vi", select=["TQ501"])
    assert [target[f.start:f.end] for f in findings] == found


@pytest.mark.parametrize(
    "source,target,changed",
    [
        # of two copies of a figure, the one a score, a unit or a date of the source ties down is not the changed one
        ("Ở vòng 9, đội thắng 3-1.", "3वें दौर में टीम 3-1 से जीती।", "3वें"),
        ("Từ ngày 3 đến 7/12, hội thi diễn ra trong 5 ngày.", "प्रतियोगिता 5 दिनों तक, 5 से 7 दिसंबर तक चलेगी।", "5 से"),
        ("Từ ngày 3 đến 7/12, hội thi diễn ra trong 7 ngày.", "प्रतियोगिता 7 दिनों तक, 7 से 7 दिसंबर तक चलेगी।", "7 से"),
    ],
)
def test_the_copy_of_a_figure_that_replaced_another_is_reported(source, target, changed):
    (f,) = check(target, source, target_lang="hi", source_lang="vi", select=["TQ501"])
    assert f.start == target.index(changed)


@pytest.mark.parametrize(
    "target,lang",
    [
        # a fund's name without its note ("US-Dollar (Nächster Tag)", USN) is its currency's
        ("Die Einnahmen erreichten 850 Millionen US-Dollar.", "de"),
        ("Pendapatan mencapai 850 juta dolar AS.", "id"),
        ("राजस्व 85 करोड़ अमेरीकी डालर रहा।", "hi"),
    ],
)
def test_a_currency_named_as_its_fund_is_that_currency(target, lang):
    assert check(target, "Tổng thu đạt 850 triệu USD.", target_lang=lang, source_lang="vi", select=["TQ505"]) == []


@pytest.mark.parametrize(
    "target,lang,severity",
    [
        # in a language without a profile, a word after the figure may be a scale word CLDR spells otherwise
        ("بلغت الإيرادات 21.5 تريليون دونغ.", "ar", Severity.INFO),
        ("આવક 21.5 ટ્રિલિયન ડોંગ સુધી પહોંચી.", "gu", Severity.INFO),
        # not a currency's word, nor a word in a shipped language
        ("Les recettes ont atteint 21,5 dongs.", "fr", Severity.ERROR),
        ("歳入は21.5ドンに達した。", "ja", Severity.ERROR),
        ("कुल राजस्व 21.5 ट्रिलियन डोंग रहा।", "hi", None),
    ],
)
def test_an_unknown_scale_word_in_a_language_without_a_profile_is_only_noted(target, lang, severity):
    findings = check(target, "Tổng thu đạt 21.500 tỷ đồng.", target_lang=lang, source_lang="vi", select=["TQ501"])
    assert [f.severity for f in findings] == ([] if severity is None else [severity])


def test_dates_between_the_letters_of_unspaced_scripts_are_read():
    source = "Ngày 12/8/2024, tỉnh đón 2 triệu khách."
    assert check("2024年8月12日に、省は200万人の観光客を迎えた。", source, target_lang="ja", source_lang="vi", select=["TQ506", "TQ509"]) == []
    assert [f.code for f in check("2024年9月12日に、省は200万人の観光客を迎えた。", source, target_lang="ja", source_lang="vi", select=["TQ509"])] == ["TQ509"]


@pytest.mark.parametrize(
    "target,lang,found",
    [
        # a date written with full stops is three figures, not a number grouped in twos
        ("Am 12.03.2024 zählte die Provinz 21.500 Haushalte.", "de", False),
        ("Am 12.03.2025 zählte die Provinz 21.500 Haushalte.", "de", True),
        # counting in myriads, the units follow the last scale word
        ("2024年3月12日、省の世帯数は2万1500世帯だった。", "ja", False),
        ("2024년 3월 12일 성의 가구 수는 2만 1500가구였다.", "ko", False),
        ("2024年3月12日、省の世帯数は2万1600世帯だった。", "ja", True),
    ],
)
def test_dotted_dates_and_myriad_compounds_are_read(target, lang, found):
    findings = check(target, "Ngày 12/3/2024, tỉnh có 21.500 hộ dân.", target_lang=lang, source_lang="vi", select=["TQ501"])
    assert bool([f for f in findings if f.severity >= Severity.WARNING]) == found


@pytest.mark.parametrize(
    "text,lang,found",
    [
        ("The committee spent 1.2 billion VND dollars on it.", "en", ["VND dollars"]),
        ("समिति ने 1.2 अरब वीएनडी डॉलर खर्च किए।", "hi", ["वीएनडी डॉलर"]),  # the code read out letter by letter
        ("Ban tổ chức đã chi 1,2 tỷ đồng USD.", "vi", ["đồng USD"]),  # the unit word first
        # a code with its own unit word, two amounts side by side, a code in lower case, no amount
        ("The committee spent 1.2 billion USD dollars on it.", "en", []),
        ("The committee spent 5 USD and 3 VND on it.", "en", []),
        ("The committee spent 5 vnd dollars on it.", "en", []),
        ("The VND dollar exchange rate rose.", "en", []),
    ],
)
def test_a_currency_code_joined_to_another_currencys_unit_is_no_currency(text, lang, found):
    assert [text[f.start:f.end] for f in check(text, target_lang=lang, select=["TQ504"])] == found


@pytest.mark.parametrize(
    "source,target,found",
    [
        # a scale abbreviated after a currency sign or code is a scale ("$5m": 5 million)
        ("Doanh thu đạt 5 tỷ USD năm ngoái.", "Revenue reached $5m last year.", ["$5m"]),
        ("Tổng thu đạt 5 tỷ đồng.", "Revenue reached VND 5m.", ["5m"]),
        ("Nó có giá 300 triệu USD.", "It costs $300k.", ["300k"]),
        ("Tổng thu đạt 5 triệu đồng.", "Revenue reached VND 5m.", []),
        ("Doanh thu đạt 5,2 tỷ bảng.", "Revenue reached £5.2bn.", []),
        # without a currency before it, "5m" is metres
        ("Con đường rộng 5 m.", "The road is 5m wide.", []),
    ],
)
def test_a_scale_abbreviated_in_money_is_read(source, target, found):
    findings = check(target, source, target_lang="en", source_lang="vi", select=["TQ501"])
    assert [target[f.start:f.end] for f in findings if f.severity >= Severity.WARNING] == [f.lstrip("$") for f in found]


def test_figures_of_a_sentence_left_in_the_source_language_are_not_a_format_slip():
    text = "प्रांत ने कहा। Tổng thu đạt 21.500 tỷ đồng, tăng 2,5%. यातायात शुरू हुआ।"
    assert check(text, target_lang="hi", select=["TQ503"]) == []
    assert [f.code for f in check("कुल राजस्व 21.500 अरब डोंग रहा।", "Tổng thu đạt 21.500 tỷ đồng.", target_lang="hi", source_lang="vi", select=["TQ503"])] == ["TQ503"]


@pytest.mark.parametrize(
    "source,target,lang,found",
    [
        ("Chính phủ đã chi 5 tỷ đồng.", "सरकार ने पांच करोड़ डोंग खर्च किए।", "hi", True),  # 100 times too small, in words
        ("Chính phủ đã chi 5 tỷ đồng.", "सरकार ने पांच अरब डोंग खर्च किए।", "hi", False),
        ("Năm 2023, chính phủ chi hai tỷ đồng.", "2023 में सरकार ने 2 करोड़ डोंग खर्च किए।", "hi", True),  # the source in words
        ("Năm 2023, chính phủ chi hai tỷ đồng.", "2023 में सरकार ने 2 अरब डोंग खर्च किए।", "hi", False),
        ("Dự án tốn hai trăm năm mươi tỷ đồng.", "परियोजना पर 25 करोड़ डोंग खर्च हुए।", "hi", True),
        ("Dự án tốn hai trăm năm mươi tỷ đồng.", "परियोजना पर 250 अरब डोंग खर्च हुए।", "hi", False),
        ("Năm 2023 dự án tốn 2 tỷ đồng.", "In 2023 the project cost two million dong.", "en", True),
        ("Dự án tốn 35 triệu USD.", "The project cost thirty-five million dollars.", "en", False),
        ("Dự án tốn 35 triệu USD.", "The project cost thirty five million dollars.", "en", False),
        ("Dự án tốn 2,5 tỷ đồng.", "परियोजना पर ढाई अरब डोंग खर्च हुए।", "hi", False),
        ("Dự án tốn 2,5 tỷ đồng.", "परियोजना पर ढाई करोड़ डोंग खर्च हुए।", "hi", True),
        # a word around the count changes it, or two counts stand side by side: no amount is read
        ("Dự án tốn 35 triệu đồng.", "परियोजना पर साढ़े तीन करोड़ डोंग खर्च हुए।", "hi", False),
        ("Dự án tốn 2,5 triệu USD.", "The project cost two and a half million dollars.", "en", False),
        ("Dự án tốn 20-30 triệu đồng.", "परियोजना पर दो-तीन करोड़ डोंग खर्च हुए।", "hi", False),
        ("Dự án tốn hàng trăm tỷ đồng, năm 2023.", "2023 में परियोजना पर 5 अरब डोंग खर्च हुए।", "hi", False),  # hundreds of billions
        ("Dự án tốn hai tỷ rưỡi đồng, năm 2023.", "2023 में परियोजना पर 2.5 अरब डोंग खर्च हुए।", "hi", False),
        ("Tỷ lệ tăng 12 phần trăm tỷ lệ hộ nghèo.", "गरीब परिवारों का अनुपात 12 प्रतिशत बढ़ा।", "hi", False),
        # "năm" is five before a scale word, a year elsewhere; "tỷ lệ" (rate) and "tỷ phú" (billionaire) hold no scale
        ("Dự án có tổng vốn năm tỷ đồng.", "परियोजना की कुल पूंजी पांच करोड़ डोंग है।", "hi", True),
        ("Dự án có tổng vốn năm tỷ đồng.", "परियोजना की कुल पूंजी 5 अरब डोंग है।", "hi", False),
        ("Dự án có tổng vốn năm triệu USD.", "The project's capital is 5 billion US dollars.", "en", True),
        ("Trong năm tỷ lệ thất nghiệp giảm 2%.", "Unemployment fell by 2% during the year.", "en", False),
        ("Năm tỷ phú đã đến Hà Nội vào năm 2024.", "In 2024, five billionaires came to Hanoi.", "en", False),
        ("Có 5 tỷ phú đến Hà Nội năm 2024.", "In 2024, 5 billionaires came to Hanoi.", "en", False),
        # half of a scale word: "nửa triệu" is half a million, unless a count before owns the half
        ("Khoảng nửa triệu người bị ảnh hưởng.", "About 50,000 people were affected.", "en", True),
        ("Khoảng nửa triệu người bị ảnh hưởng.", "About 500,000 people were affected.", "en", False),
        ("Khoảng nửa triệu người bị ảnh hưởng.", "लगभग 5 लाख लोग प्रभावित हुए।", "hi", False),
        ("Giá trị đạt nửa tỷ đồng.", "मूल्य 5 करोड़ डोंग रहा।", "hi", True),
        ("Giá trị đạt nửa tỷ đồng.", "मूल्य 50 करोड़ डोंग रहा।", "hi", False),
        ("Dự án tốn 2,5 triệu USD, năm 2023.", "In 2023 the project cost two and a half million dollars.", "en", False),
    ],
)
def test_amounts_whose_count_is_spelled_out_are_figures(source, target, lang, found):
    findings = check(target, source, target_lang=lang, source_lang="vi", select=["TQ501"])
    assert any(f.severity >= Severity.WARNING for f in findings) == found


HINDI_COUNTS = {"एक": 1, "दो": 2, "तीन": 3, "चार": 4, "पांच": 5, "छह": 6, "सात": 7, "आठ": 8, "नौ": 9, "दस": 10}
HINDI_SCALES = {"हज़ार": 3, "लाख": 5, "करोड़": 7, "अरब": 9}


@settings(max_examples=80, deadline=None)
@given(word=st.sampled_from(sorted(HINDI_COUNTS)), scale=st.sampled_from(sorted(HINDI_SCALES)), other=st.sampled_from(sorted(HINDI_SCALES)))
def test_a_spelled_count_is_compared_by_value(word, scale, other):
    source = f"Năm 2023 tổng thu đạt {HINDI_COUNTS[word] * 10 ** HINDI_SCALES[scale]:,} đồng.".replace(",", ".")
    findings = check(f"2023 में कुल राजस्व {word} {other} डोंग रहा।", source, target_lang="hi", source_lang="vi", select=["TQ501"])
    assert any(f.severity >= Severity.ERROR for f in findings) == (scale != other)


@pytest.mark.parametrize(
    "source,target,lang,found",
    [
        ("Chính phủ đã chi 5 tỷ đồng.", "सरकार ने पांच अरब रुपये खर्च किए।", "hi", True),
        ("Chính phủ đã chi 5 tỷ đồng.", "The government spent five billion US dollars.", "en", True),
        ("Chính phủ đã chi 5 tỷ đồng.", "The government spent five billion copper.", "en", True),
        ("Chính phủ đã chi 5 tỷ đồng.", "The government spent five billion dong.", "en", False),
        ("Chính phủ đã chi hai tỷ đồng.", "The government spent 2 billion dollars.", "en", True),
        ("Chính phủ đã chi hai tỷ đồng.", "सरकार ने दो अरब डोंग खर्च किए।", "hi", False),
    ],
)
def test_the_currency_of_an_amount_in_words_is_checked(source, target, lang, found):
    assert bool(check(target, source, target_lang=lang, source_lang="vi", select=["TQ505"])) == found


@pytest.mark.parametrize(
    "source,target,lang,found",
    [
        ("Hội nghị lúc 9h.", "परिषद संध्याकाळी ९ वाजता झाली.", "mr", "संध्याकाळी ९ वाजता"),
        ("Hội nghị lúc 9h.", "सम्मेलन बेलुका ९ बजे भयो।", "ne", "बेलुका ९ बजे"),
        ("Hội nghị lúc 9h.", "সম্মেলন রাত ৯টায় হয়।", "bn", "রাত ৯টা"),
        ("Hội nghị lúc 9h.", "सम्मेलन शाम 9 बजे हुआ।", "hi", "शाम 9 बजे"),
        ("Hội nghị lúc 9h.", "सम्मेलन सुबह 9 बजे हुआ।", "hi", None),
        ("Hội nghị lúc 9 giờ tối.", "सम्मेलन रात 9 बजे हुआ।", "hi", None),  # the source says evening itself
        ("Hội nghị lúc 12h trưa.", "सम्मेलन दोपहर 12 बजे हुआ।", "hi", None),  # noon
        ("Hội nghị lúc 2 giờ.", "सम्मेलन दोपहर 2 बजे हुआ।", "hi", None),  # not the 24-hour clock: may be 2 pm
        ("Hội nghị lúc 8 giờ sáng.", "The conference was at 8 p.m.", "en", "8 p.m"),
    ],
)
def test_a_morning_time_given_later_in_the_day(source, target, lang, found):
    findings = check(target, source, target_lang=lang, source_lang="vi", select=["TQ506"])
    assert [target[f.start:f.end] for f in findings] == ([found] if found else [])


def test_the_euro_sign_of_misread_punctuation_is_no_currency():
    target = "Total revenue was VND 21,500 billion â€“ a record."
    assert check(target, "Tổng thu 21.500 tỷ đồng.", target_lang="en", source_lang="vi", select=["TQ505"]) == []
    assert [f.code for f in check(target.replace("VND ", "€"), "Tổng thu 21.500 tỷ đồng.", target_lang="en", source_lang="vi", select=["TQ505"])] == ["TQ505"]


@pytest.mark.parametrize(
    "target,lang,found",
    [
        ("The poverty rate fell from 2.1% to 8%.", "en", "8"),  # "0,8%" lost its decimal separator
        ("गरीबी दर 2.1% से घटकर 8% रह गई।", "hi", "8"),
        ("The poverty rate fell from 2.1% to 0.8%.", "en", None),
    ],
)
def test_a_decimal_that_lost_its_separator_is_found(target, lang, found):
    findings = check(target, "Tỷ lệ hộ nghèo giảm từ 2,1% xuống 0,8%.", target_lang=lang, source_lang="vi", select=["TQ501"])
    assert [target[f.start:f.end] for f in findings if f.severity >= Severity.WARNING] == ([found] if found else [])


def test_a_day_of_the_week_changed_names_the_day_the_target_lost():
    source = "Trận đấu diễn ra vào thứ Tư. Đội sẽ gặp Videoton vào thứ Ba."
    target = "मैच बुधवार को हुआ। टीम गुरुवार को वीडियोटॉन से भिड़ेगी।"
    (f,) = check(target, source, target_lang="hi", source_lang="vi", select=["TQ511"])
    assert (target[f.start:f.end], f.message.split("; ")[1]) == ("गुरुवार", "its Tuesday is missing from the target")
    # a day the source names in lower case is an ordinal ("lần thứ hai", the second time), no Monday
    assert check("यह दूसरी बार है कि टीम गुरुवार को खेली।", "Đây là lần thứ hai đội chơi vào thứ Năm.", target_lang="hi", source_lang="vi", select=["TQ511"]) == []


def test_a_long_run_of_letters_after_a_figure_is_read_once():
    # the reading of a unit counted per another ("đồng/kg") splits no run of letters into words
    target = "8 " + "क" * 5000 + "।"
    findings = check(target, source="Giá 8 đồng/kg.", source_lang="vi", target_lang="hi", select=("TQ507",))
    assert [f.message for f in findings if "timed out" in f.message or "crashed" in f.message] == []


def test_a_price_per_another_unit_is_reported_where_the_figure_is():
    findings = check("भाव 12,000 डोंग प्रति किलोग्राम और 2,000 डोंग प्रति लीटर है।", source="Giá 12.000 đồng/kg và 2.000 đồng/kg.", source_lang="vi", target_lang="hi", select=("TQ507",))
    assert [f.context[1] for f in findings] == ["प्रति लीटर"]


@pytest.mark.parametrize(
    "lang, text, dates",
    [
        ("vi", 'Họ hô vang "Tháng 11 đang đến!" khi diễu hành.', []),  # November, no day: no 1 January
        ("vi", "Ngày 8 tháng 11 năm 2024, tỉnh họp.", [(8, 11)]),
        ("mr", "पंतप्रधान थेरेसा मे 20 सप्टेंबर, 2018 रोजी आल्या.", [(20, 9)]),  # Theresa May, then 20 September
        ("en", "On September 8, 2023 and on 9 October.", [(8, 9), (9, 10)]),
    ],
)
def test_dates_are_read_with_their_own_day(lang, text, dates):
    from tqcheck.rules.numbers._readings import _dates
    from tqcheck.text import TextInfo

    profile = load_profile(lang)
    assert [(d, m) for d, m, _, _ in _dates(TextInfo(text, profile.sentence_end, profile.abbreviations), lang, profile)] == dates


@pytest.mark.parametrize(
    "source,target,lang,found",
    [
        # Nepali "जुन" is June and the relative "which": beside no figure, it names no month
        ("Ngày 2/9, lượng khách tăng 18%. Tàu chạy từ 6h đến 21h.", "२ सेप्टेम्बरमा पर्यटक आए, जुन १८% बढी हो। डुङ्गा बिहान ६ बजेदेखि राति ९ बजेसम्म चल्छन्।", "ne", False),
        ("Ngày 15/6, tàu chạy từ 6h.", "१५ जुनमा डुङ्गा बिहान ६ बजेदेखि चल्छन्।", "ne", False),
        # the verb "may" is no May, so the 5 it would stand for is missing
        ("Tháng 6, xuất khẩu có thể tăng 5%.", "In June, exports may rise 6%.", "en", True),
        ("Ngày 5/12, xuất khẩu tăng 6%.", "On Dec. 5, exports rose 6%.", "en", False),
    ],
)
def test_a_month_name_that_is_also_a_word_names_a_month_only_where_it_can(source, target, lang, found):
    findings = check(target, source, target_lang=lang, source_lang="vi", select=["TQ501"])
    assert bool([f for f in findings if f.severity.name != "INFO"]) == found


def test_a_month_name_that_starts_with_its_number_starts_there():
    # Korean "12월" is December, not a day 1 before "2월" (February)
    source = "Ngày 28/12/2023, tổng thu đạt 21.500 tỷ đồng."
    assert check("2023년 12월 28일, 총 수입은 21조 5,000억 동에 달했다.", source, target_lang="ko", source_lang="vi") == []
    findings = check("2023년 11월 28일, 총 수입은 21조 5,000억 동에 달했다.", source, target_lang="ko", source_lang="vi", select=["TQ509"])
    assert [f.code for f in findings] == ["TQ509"]


@pytest.mark.parametrize(
    "source,target,source_lang,found",
    [
        ("Europe are four points ahead with twelve more in play.", "यूरोप चार पॉइंट से आगे है और खेल में 17 पॉइंट बाकी हैं।", "en", True),
        ("Europe are four points ahead with twelve more in play.", "यूरोप चार पॉइंट से आगे है और खेल में 12 पॉइंट बाकी हैं।", "en", False),
        ("Có mười hai người và 5 xe.", "17 लोग और 5 गाड़ियाँ थीं।", "vi", True),
        # the number kept in words, and a figure added (a date): nothing changed
        ("Có mười hai người và 5 xe.", "12 मई को बारह लोग और 5 गाड़ियाँ थीं।", "vi", False),
    ],
)
def test_a_figure_standing_for_a_number_the_source_spells_out(source, target, source_lang, found):
    findings = [f for f in check(target, source, target_lang="hi", source_lang=source_lang, select=["TQ501"]) if f.severity.name != "INFO"]
    assert bool(findings) == found


@pytest.mark.parametrize(
    "target,found",
    [
        ("Total investment is 1,200 billion copper, equivalent to $50 million.", ["copper"]),  # the other currency is named
        ("Total investment is 1,200 billion VNĐ, equivalent to $50 million.", []),  # the source's own form
        ("Total investment is 1,200 billion dong, equivalent to $50 million.", []),
        ("Total investment is 1,200 billion in capital, equivalent to $50 million.", ["1,200 billion"]),
        ("Total investment is 1,200 billion in Vietnam's currency, the dong, or $50 million.", []),
    ],
)
def test_an_amount_whose_currency_the_target_dropped(target, found):
    source = "Tổng vốn đầu tư là 1.200 tỷ đồng, tương đương 50 triệu USD."
    findings = check(target, source, target_lang="en", source_lang="vi", select=["TQ505"])
    assert [target[f.start:f.end] for f in findings] == found
