/**
 * Facts: figures in Kazakh and Russian news normalized into typed records
 * ({@link kz.taldau.fact.MoneyFact}, {@link kz.taldau.fact.PercentFact}, {@link kz.taldau.fact.RatioFact},
 * {@link kz.taldau.fact.QuantityFact}, {@link kz.taldau.fact.DateFact}), found by
 * {@link kz.taldau.fact.RuleBasedFactExtractor} with the word lists of {@link kz.taldau.fact.FactLexicon}
 * (UTF-8 TSV files under {@code kz/taldau/fact/}, extendable by the caller). Values are exact decimals;
 * spans point into the original text.
 *
 * <h2>What each type covers</h2>
 * <ul>
 *   <li><b>Numbers</b> (all types): digits with space/NBSP/thin-space or dot groups and comma or dot decimals
 *       («1 234,5», «1.844.036.360,12», «2.5»), scale words and abbreviations, also glued and mixed
 *       («5,3млн», «2 млрд 300 млн»), number words with their inflections («двадцать три», «екі мың жиырма
 *       бес», «үш жүзден», «полтора», «жарты миллион»), spoken decimals («три целых две десятых»,
 *       «үш бүтін оннан үш», «сегіз жарым», «бес те алты»), ranges («10–15», «два-три», «от 5 до 7»,
 *       «5-тен 7-ге дейін»: min and max; a scale word on the second number applies to the first).
 *   <li><b>MONEY</b>: a number with a currency word, symbol or code in any case form, after it («30 млн
 *       долларов США», «теңгеден», «АҚШ долларына») or before it («$30 млн», «USD 5»). Bare «доллар» is USD.
 *   <li><b>PERCENT</b>: «%», процент, пайыз in every form, «-процентный», and percentage points (п.п.).
 *   <li><b>RATIO</b>: «в N раз(а)», вдвое/втрое…, «N-кратный», Kazakh «N есе».
 *   <li><b>QUANTITY</b>: a number followed by a counted noun or a measure unit; {@code unit} is the Russian
 *       nominative singular («28 предприятий» → предприятие, «7 пострадавших» → пострадавший) or the bare
 *       Kazakh stem («60-тан астам кәсіпорын», «25 ұйымның» → ұйым); measures have a fixed unit name
 *       (тонна, км, гектар, квадратный метр, шаршы метр, МВт). Not a QUANTITY: bare numbers without a noun
 *       («их свыше 800»); years, dates and durations (DATE); ages («45 жаста», «в возрасте 30 лет»),
 *       anniversaries («25 жылдығы», «180-летию») and clock times; ordinals («610-й», «бесінші»,
 *       «на 21 кинофестивале»); partitives («оның 20-сы», «1-і»); numbers inside adjectives («3 бөлмелі
 *       пәтер», «5-летний»); a lone «бір»/«один» (mostly an article); counts below ten written as words
 *       («екі ел арасында», «два государства»: mostly determiners — written with digits they are counts).
 *   <li><b>DATE</b>: {@code value} in ISO 8601 with TIMEX3-style extensions: days («25 сентября 2025 года»,
 *       «2025 жылғы 25 қыркүйек», «25.09.2025», «2025-09-25»), months («в марте 2024 года», «қыркүйек
 *       айында»), years with a year word in any form («в 2019 году», «2016 жылы», «2010-ыншы жылы», years
 *       in words), years after a preposition or in parentheses, decades («2000-х» → {@code 200}),
 *       quarters and halves («I квартал», «1-тоқсан», «первое полугодие», «жартыжылдық»), «9 месяцев» from
 *       January when a year or «за» goes with it, month ranges and intervals («январь–сентябрь»,
 *       «с 1 по 3 марта», «1 маусымнан 31 тамызға дейін», «2022–2024 годы»), relative years
 *       («в прошлом году», «былтыр», «текущего года», «биылғы»). With a document date they resolve;
 *       without one they stay relative ({@code THIS_YEAR}, {@code LAST_YEAR}, {@code NEXT_YEAR},
 *       {@code XXXX-01-15}). Durations of years, months, weeks and days are ISO durations ({@code P5Y},
 *       {@code P3M}, {@code P2W}, {@code P10D});
 *       «5 лет назад» becomes a year only with a document date. Weekdays, «сегодня», «бүгін» and seasons are
 *       not reported.
 * </ul>
 *
 * <h2>Qualifiers</h2>
 * {@code bound} comes from words before the figure (около, более чем, не менее, до, шамамен, кем дегенде)
 * or after it (астам, жуық, с лишним, -дай); {@code change} from a verb or noun that governs the figure
 * («вырос на 5%», «рост ВВП составил 5%», «13%-ға өсті», «в 2 раза больше»), but not for the level reached or
 * left («снизилась до 8%», «с 20% до 30%», «8%-ға дейін төмендеді»); {@code indicator} from the nearest cue
 * word before the figure in its sentence (after it when there is none before).
 *
 * <h2>Not amounts</h2>
 * Numbers after «№», «статья», «ул.», «көшесі», «тел.», «сағат»; phone numbers, clock times and scores;
 * numbers after a Latin product name («Boeing 737») and model names written as one token (Су-35, G20,
 * Covid-19) give no MONEY, PERCENT, RATIO or QUANTITY.
 */
package kz.taldau.fact;
