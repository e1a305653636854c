/**
 * Notes that put a part off or point elsewhere, in the languages MLSD reads: it will be written
 * later ("後日追記"), in another document, at the review, or it is still being settled with
 * someone. A place kept, not content; the logic that applies them is in placeholders.ts.
 */

/**
 * A short note whose last sentence says the part will be written later ("Criteria are being agreed
 * with QA. 決定後に追記する。", "This section will be added after the pilot") or elsewhere ("Dashboards
 * and alerting will be covered in a separate follow-up spec"): a place kept, not content.
 */
export const WRITTEN_LATER = new RegExp(
  `(?:${[
    // Written later.
    String.raw`追記(?:する|します|予定)`,
    String.raw`後日追記`,
    String.raw`补齐本章`,
    String.raw`后续补充`,
    // "待算法团队评估后补充": to be filled in once someone has done something.
    String.raw`待[^。；\n]{1,20}(?:后|之后)(?:再)?(?:补充|完善|填写)`,
    String.raw`稍后补充`,
    String.raw`추후\s?(?:작성|추가|보완)`,
    String.raw`나중에\s?(?:작성|정리)`,
    // Its writer may be named between: "to be written by Ana before the A/B test starts".
    String.raw`(?:will|to) be (?:added|written|filled in|completed)(?: by @?[\p{L}\p{N}._-]+(?: (?:and|&) @?[\p{L}\p{N}._-]+)?)? (?:later|after|once|when|before)`,
    String.raw`wird (?:später|nach)\s[^.]{0,40}(?:ergänzt|konkretisiert)`,
    String.raw`sera (?:complétée?|ajoutée?|rédigée?) (?:plus tard|après)`,
    String.raw`se completará`,
    String.raw`será (?:preenchid|complet|adicionad)[oa]`,
    String.raw`будет (?:дописан|добавлен|заполнен)`,
    // Someone is to write it here ("Priya to summarise here after the spike", "we'll document it in this section"), or
    // to write it once something has happened ("We'll add this once the second site is live"): then "it" must be named.
    String.raw`(?:\bto|\bwill|['’]ll) (?:summari[sz]e|write(?: up)?|draft|fill in|document|describe|add|complete)(?:(?: (?:it|this|that|them))?(?: up| in)? (?:here|in this section|below)| (?:it|this|that|them)(?: section| part)?(?: up| in)? (?:later|once|when|after|before))\b`,
    // Not written yet, said of the part itself ("This section has not been written yet.", "本节尚未编写。"), or to be
    // written once something has happened ("等第二批上线后再补。").
    String.raw`(?:section|part|chapter|page) (?:(?:is|has)(?: not|n['’]t)|not) (?:yet )?(?:been )?(?:written|filled in|drafted)`,
    String.raw`Abschnitt (?:ist )?noch (?:nicht (?:geschrieben|ausgearbeitet|ausgefüllt|befüllt|erstellt)|leer)`,
    String.raw`(?:section|partie) (?:n['’](?:est|a) pas encore (?:été )?(?:rédigée|écrite|remplie)|(?:est )?(?:encore )?vide|reste à (?:rédiger|écrire))`,
    String.raw`(?:sección|apartado) (?:aún |todavía )?(?:no (?:está|ha sido) (?:redactad|escrit|completad)[oa]|(?:está )?vac[ií][oa]|(?:está )?pendiente de redactar)`,
    String.raw`(?:seção|secção) (?:ainda )?(?:não (?:foi|está) (?:escrit|redigid|preenchid)a|(?:está )?vazia)`,
    String.raw`раздел (?:ещё |еще |пока )?(?:не (?:написан|заполнен)|пуст)`,
    String.raw`本(?:节|章|部分)(?:内容)?(?:尚未|还没有?|暂未)(?:编写|撰写|填写)`,
    String.raw`等[^。；\n]{1,30}(?:后|之后)再(?:补|写)`,
    String.raw`(?:この|本)(?:セクション|節|章)は(?:まだ)?(?:未作成|未記入|未記載|書いていない)`,
    String.raw`(?:섹션|절|장)(?:은|는)? (?:아직 )?(?:작성되지 않았|비어 있|미작성)`,
    // Worked out at a later stage: "Раздел будет разработан на следующем этапе проекта".
    String.raw`(?:will|to) be (?:written|added|developed|defined|worked out|detailed|designed) (?:in|at|during) (?:the |a )?(?:next|later|following) (?:phase|stage|iteration|milestone|version|revision|edition|release)`,
    String.raw`(?:in der|in einer) (?:nächsten|späteren|folgenden) (?:Phase|Projektphase|Stufe|Iteration)\s[^.]{0,30}(?:erarbeitet|ausgearbeitet|ergänzt|beschrieben|festgelegt|dargestellt)`,
    String.raw`(?:sera|seront) (?:défini|précisé|rédigé|détaillé|élaboré|complété)e?s? (?:lors de la|dans la|à la) (?:prochaine|phase suivante|étape suivante)`,
    String.raw`se (?:definirá|desarrollará|detallará|elaborará|completará)n? en (?:la|una) (?:siguiente|próxima|posterior) (?:fase|etapa)`,
    String.raw`(?:será|serão) (?:definid|desenvolvid|detalhad|elaborad)[oa]s? (?:na|numa) (?:próxima|seguinte|posterior) (?:fase|etapa)`,
    String.raw`(?:будет|будут) (?:разработан|описан|проработан|подготовлен|детализирован)[оаы]? на (?:следующем|последующ\S*|следующих) этап`,
    String.raw`(?:下一阶段|后续阶段)(?:再|补充|完善|设计)`,
    String.raw`次(?:の)?フェーズで(?:検討|設計|作成|記載)`,
    String.raw`다음 단계에서\s?(?:작성|설계|정리|보완)`,
    // Planned for a numbered stage: "Разработка регламента мониторинга предусмотрена на этапе 3", "planned for phase 2".
    String.raw`(?:is|are) (?:planned|scheduled|foreseen|deferred) (?:for|in|to) (?:phase|stage|milestone|iteration) \d`,
    String.raw`(?:ist|sind) (?:für|in) (?:Phase|Stufe|Projektphase|Meilenstein) \d\S* (?:vorgesehen|geplant)`,
    String.raw`(?:est|sont) (?:prévue?s?|planifiée?s?|reportée?s?) (?:en|pour la|à la|lors de la) (?:phase|étape|tranche) \d`,
    String.raw`(?:está|están|queda|quedan) (?:previst[oa]s?|planificad[oa]s?|aplazad[oa]s?) (?:para|en) la (?:fase|etapa) \d`,
    String.raw`(?:está|estão|fica|ficam) (?:previst[oa]s?|planejad[oa]s?|adiad[oa]s?) (?:para|na) (?:fase|etapa) \d`,
    String.raw`(?:предусмотрен|запланирован|перенесен|перенесён)[аоы]? на (?:этап|стади)\S* \d`,
    String.raw`(?:计划|安排|放)(?:在)?第\s?[\d一二三四五]\s?(?:阶段|期)`,
    String.raw`(?:フェーズ|ステップ|第)\s?\d\s?(?:フェーズ|段階|期)?(?:で|にて)(?:対応|検討|実施|設計)(?:予定|する)`,
    String.raw`\d\s?(?:단계|차)에서\s?(?:진행|수행|작성|설계)\s?예정`,
    // Made concrete in a numbered stage or work package of the plan: "Wird in AP5 konkretisiert", "À préciser en phase 2".
    String.raw`(?:will|to) be (?:detailed|specified|defined|worked out|designed|decided|made concrete) (?:in|during) (?:WP|work package|phase|stage|milestone|sprint|iteration) ?\d`,
    String.raw`(?:wird|werden) (?:in|im|im Rahmen (?:von|des)) (?:AP|Arbeitspaket|Phase|Projektphase|Stufe|Meilenstein|Sprint) ?\d\S* (?:konkretisiert|ausgearbeitet|detailliert|festgelegt|erarbeitet|beschrieben|definiert|ergänzt)`,
    String.raw`(?:à (?:préciser|définir|détailler)|(?:sera|seront) (?:précisé|défini|détaillé)e?s?) (?:en|lors de la|dans le|au|à la) (?:phase|lot|étape|jalon|sprint|tranche) ?\d`,
    String.raw`(?:se (?:concretará|detallará|definirá|precisará)n?|a (?:definir|concretar|detallar)) en (?:la |el )?(?:fase|etapa|paquete de trabajo|hito|sprint) ?\d`,
    String.raw`(?:a (?:definir|detalhar)|(?:será|serão) (?:detalhad|definid|especificad)[oa]s?) (?:na|no|em) (?:fase|etapa|pacote de trabalho|sprint|marco) ?\d`,
    String.raw`(?:будет|будут) (?:конкретизирован|детализирован|уточн[её]н)\p{L}* (?:на|в) (?:этапе|фазе|спринте) \d`,
    // Covered in another document.
    String.raw`(?:will|to) be (?:covered|addressed|handled|described|specified|detailed|discussed) in (?:a |an |the )?(?:separate|follow-?up|future|later|another|dedicated|its own)\s[^.]{0,20}?(?:spec|doc|document|design|RFC|proposal|page)`,
    String.raw`(?:wird|werden)\s[^.]{0,40}?in (?:einem|einer) (?:separaten|eigenen|gesonderten|späteren) (?:Dokument|Konzept|Spezifikation|RFC|Vorlage)`,
    String.raw`(?:sera|seront) (?:traitée?s?|décrite?s?|couverte?s?|abordée?s?) dans un (?:document|RFC) (?:séparé|distinct|dédié|ultérieur)`,
    String.raw`se (?:tratar|describir|cubrir)án? en un documento (?:aparte|separado|posterior)`,
    String.raw`(?:será|serão) (?:tratad|descrit|cobert|abordad)[oa]s? em (?:um )?documento (?:separado|à parte|próprio|posterior)`,
    String.raw`(?:будет|будут) (?:описан|рассмотрен)[оаы]? в отдельном (?:документе|RFC)`,
    String.raw`另行(?:文档|方案|说明)`,
    String.raw`別途(?:ドキュメント|資料|設計書|仕様書)で`,
    String.raw`별도 문서(?:로|에서)`,
    // Priced, and so planned, apart from this proposal: "Se cotizará por separado una vez concluido el piloto".
    String.raw`(?:will be|to be|is) (?:quoted|priced|estimated|offered) (?:separately|on request)`,
    String.raw`se (?:cotizará|presupuestará|ofertará)n? (?:por separado|aparte)`,
    String.raw`(?:sera|seront|fera l'objet d'un) (?:chiffrée?s?|devis|chiffrage) (?:séparément|à part|séparé|distinct)`,
    String.raw`(?:wird|werden) (?:gesondert|separat) (?:angeboten|kalkuliert|beauftragt)`,
    String.raw`(?:será|serão) (?:orçad|cotad)[oa]s? (?:separadamente|à parte)`,
    String.raw`(?:будет|будут) (?:оценен|рассчитан)[оаы]? отдельно`,
    String.raw`另行报价`,
    String.raw`別途(?:見積|お見積)`,
    String.raw`별도 견적`,
    // Covered at a meeting, not here: "Will be covered in the review", "Se cubrirá en la revisión con Data Engineering".
    String.raw`(?:will|to) be (?:covered|addressed|discussed|presented|walked through|explained|handled) (?:in|at|during) (?:the |our |a )?(?:next )?(?:design |architecture |tech(?:nical)? )?(?:review|meeting|walkthrough|walk-through|sync|workshop|kick-?off)`,
    String.raw`(?:wird|werden)\s[^.]{0,40}?(?:im|beim|in der|in einem) (?:nächsten )?(?:Design-|Architektur-)?(?:Review|Termin|Meeting|Besprechung|Workshop|Abstimmung)\s[^.]{0,20}?(?:besprochen|vorgestellt|erläutert|behandelt|geklärt)`,
    String.raw`(?:sera|seront) (?:abordée?s?|présentée?s?|traitée?s?|discutée?s?|expliquée?s?) (?:lors de|en|pendant|à) (?:la|l'|une) ?(?:revue|réunion|atelier|prochaine réunion)`,
    String.raw`se (?:cubrir|ver|tratar|presentar|discutir|explicar|abordar)án? en (?:la|una) (?:próxima )?(?:revisión|reunión|sesión|presentación|taller)`,
    String.raw`(?:será|serão) (?:abordad|apresentad|tratad|discutid|explicad|cobert)[oa]s? (?:na|numa|em uma) (?:próxima )?(?:revisão|reunião|sessão|apresentação|oficina)`,
    String.raw`(?:будет|будут) (?:рассмотрен|обсужден|обсуждён|представлен|разобран)[оаы]? на (?:ревью|встрече|совещании|защите|созвоне)`,
    String.raw`(?:评审|评审会|会上|会议上)(?:再)?(?:讨论|说明|介绍|讲)`,
    String.raw`(?:レビュー|会議|打ち合わせ)(?:の場)?で(?:説明|議論|共有|紹介)`,
    String.raw`(?:리뷰|회의|미팅)에서\s?(?:설명|논의|공유|다룰)`,
    // Written up when the author gets there: "see my Week 8 notes when I get there".
    String.raw`when (?:i|we) get (?:there|to it|to that)`,
    // Worked out later: "We'll figure this out after the first season", "決まってから記載する".
    String.raw`(?:we['’]ll|we will|will|to) (?:figure|work|sort) (?:this|it|that|these|them) out (?:later|after|once|when|before|at|during|in)`,
    String.raw`(?:決まって|決定して|確定して|固まって|終わって|揃って)から(?:記載|追記|記入|作成)`,
    String.raw`(?:決定|確定|選定)(?:後|次第)に?(?:記載|追記|記入)`,
    // Decided at the next meeting.
    String.raw`(?:decided|agreed|settled|finali[sz]ed|chosen) (?:at|in|during|after) (?:the |our )?next (?:week'?s? )?(?:meeting|sync|review|sprint|session)`,
    String.raw`nächsten? (?:Woche|Sitzung|Termin|Runde)[^.]{0,30}(?:festgelegt|entschieden|geklärt|abgestimmt)`,
    String.raw`se (?:decidirá|definirá|acordará)n? en la próxima`,
    String.raw`(?:sera|seront) (?:décidée?s?|fixée?s?|arrêtée?s?) (?:lors de |à )?la prochaine`,
    String.raw`(?:será|serão) (?:definid|decidid)[oa]s? na próxima`,
    String.raw`(?:определим|решим|утвердим|согласуем) на следующей`,
    String.raw`(?:다음 주|차주|다음 회의)[^.]{0,20}(?:확정|결정)`,
    String.raw`(?:下周|下次会议)[^。]{0,20}(?:确定|决定|定)`,
    String.raw`(?:来週|次回)[^。]{0,20}(?:決定|確定|決め)`,
    // Put off to the next meeting, as minutes record it: "推迟至下次评审", "Se pospone a la próxima reunión", "Vertagt auf die nächste Sitzung".
    String.raw`(?:postponed|deferred|pushed|moved|carried over) (?:to|until) (?:the |our )?next (?:week'?s? )?(?:meeting|sync|review|session|workshop)`,
    String.raw`(?:vertagt|verschoben) auf (?:die|das|den) nächste[nr]? (?:Sitzung|Review|Termin|Besprechung|Meeting|Workshop)`,
    String.raw`(?:reportée?s?|ajournée?s?) à la prochaine (?:réunion|revue|séance|session)`,
    String.raw`(?:se pospone|pospuest[oa]s?|aplazad[oa]s?|se aplaza) (?:a|para|hasta) la próxima (?:reunión|revisión|sesión)`,
    String.raw`adiad[oa]s? (?:para|até) a próxima (?:reunião|revisão|sessão)`,
    String.raw`перенес[её]н\p{L}* на следующ\p{L}* (?:встречу|ревью|совещание|созвон)`,
    String.raw`(?:推迟|延期|顺延|延后)(?:至|到)(?:下次|下一次|下周)(?:评审|会议|例会|讨论)`, String.raw`下次(?:评审|会议|例会)再议`,
    String.raw`次回(?:の)?(?:レビュー|会議|打ち合わせ|定例)(?:に|へ|まで)(?:持ち越し|延期|見送り)`,
    String.raw`다음 (?:리뷰|회의|미팅)(?:로|으로|까지) (?:연기|보류|미룸|미루)`,
    // Left to another post.
    String.raw`deserves (?:its|a) own (?:post|doc|document|article|write-?up|section)`,
    // Left to the next post of a series: "Evaluation gets the next post", "下一篇单独展开，敬请期待", "次回の記事で詳しく書きます".
    String.raw`(?:in|for|gets) (?:the|my|our) next (?:post|article|issue|episode|part|instal?lment)`,
    String.raw`(?:im|in) (?:nächsten|kommenden) (?:Artikel|Beitrag|Post|Teil|Newsletter|Blogpost)`,
    String.raw`dans (?:le|la) (?:prochain|prochaine) (?:article|billet|épisode|numéro|partie|newsletter)`,
    String.raw`en (?:el|la) (?:próxim[oa]|siguiente) (?:artículo|post|entrada|número|entrega|parte)`,
    String.raw`(?:no|na|pro|pra|para o|para a) (?:próxim[oa]|seguinte) (?:artigo|post|postagem|edição|parte)`,
    String.raw`в (?:следующ|ближайш)\p{L}* (?:стать|пост|выпуск|част)\p{L}*`,
    String.raw`(?:下一篇|下篇|下期|下一期)`,
    String.raw`次回(?:の記事)?(?:で|に)`,
    String.raw`다음 (?:글|편|포스팅|포스트)(?:에서|에)`,
    String.raw`(?:i'm|i am|we're|we are|i'll|we'll) (?:leaving|leave) (?:it|this|that) out`,
    String.raw`out of scope (?:for|of|in) this (?:post|doc|document|article|write-?up)`,
    // Not treated in this paper, as theses and reports say of what they leave out: "wird im Rahmen dieser Seminararbeit nicht behandelt".
    String.raw`(?:is|are) (?:not (?:covered|addressed|treated|considered|discussed)(?: further)? in|beyond the scope of|outside the scope of) (?:this|the present) (?:paper|thesis|work|report|document|doc|article|post|study|seminar paper)`,
    String.raw`(?:wird|werden) (?:im Rahmen (?:dieser|der vorliegenden)|in (?:dieser|der vorliegenden)) \p{L}*(?:arbeit|dokument|konzept|studie) nicht (?:weiter )?(?:behandelt|betrachtet|untersucht|berücksichtigt|vertieft)`,
    String.raw`n['’](?:est|sont) pas (?:traitée?s?|abordée?s?|couverte?s?|étudiée?s?) dans (?:ce|le présent|cette|la présente) (?:mémoire|rapport|document|travail|article|thèse|étude)`,
    String.raw`dépasse(?:nt)? le cadre (?:de ce|du présent|de cette|de la présente) (?:mémoire|rapport|document|travail|article|thèse|étude)`,
    String.raw`no se (?:aborda|abordan|trata|tratan|considera|consideran|cubre|cubren) en (?:este|esta|el presente|la presente) (?:trabajo|documento|TFM|TFG|artículo|informe|tesis|estudio|memoria)`,
    String.raw`(?:queda|quedan) fuera del alcance de (?:este|esta|el presente|la presente) (?:trabajo|documento|TFM|TFG|artículo|informe|tesis|estudio|memoria)`,
    String.raw`não (?:é|são) (?:abordad|tratad|considerad|cobert)[oa]s? (?:neste|nesta|no presente|na presente) (?:trabalho|documento|TCC|artigo|relatório|tese|estudo|monografia)`,
    String.raw`(?:foge|fogem) ao escopo (?:deste|desta|do presente|da presente) (?:trabalho|documento|TCC|artigo|relatório|tese|estudo|monografia)`,
    String.raw`(?:в рамках (?:данной|этой|настоящей) (?:работы|статьи|курсовой|диссертации) не рассматрива\p{L}*|не рассматрива\p{L}* в рамках (?:данной|этой|настоящей) (?:работы|статьи|курсовой|диссертации))`,
    String.raw`выход\p{L}* за рамки (?:данной|этой|настоящей) (?:работы|статьи|курсовой|диссертации)`,
    String.raw`本文(?:不涉及|不讨论|不作讨论|暂不讨论)`,
    String.raw`不在本文(?:的)?讨论范围`,
    String.raw`本稿(?:では扱わない|では取り扱わない|の範囲外|の対象外)`,
    String.raw`본 (?:문서|글|보고서|논문)(?:에서는 다루지 않|의 범위를 벗어나)`,
    // The rest of its sentence, an aside in parentheses read as one word ("на этапе 3 НИР (2025 г.) в соответствии с ТЗ").
  ].join('|')})(?:[^.。!?！？(（]|[(（][^()（）]{0,80}[)）]){0,60}[.。!?！？)）]*\\s*$`,
  'iu',
);
export const WRITTEN_LATER_WORDS = 30;

/**
 * A note that says its step is covered in another numbered part of a series, before or after this one ("2편에서 자세히
 * 다뤘으니 이번 편에서는 생략합니다", "Будет рассмотрен в лабораторной работе №5", "This was covered in part 2"), to the end
 * of its sentence as WRITTEN_LATER is. Only where it opens its sentence, a few words in at most (see placeholders.ts):
 * content that ends "… the labelling was covered in part 2" is content.
 */
export const IN_ANOTHER_PART = new RegExp(
  `(?:${[
    String.raw`(?:covered|discussed|described|explained|treated|detailed|walked through)(?: in detail| at length)? in (?:part|lab|chapter|lecture|week|post|episode|installment|instalment) #?\d+`,
    String.raw`(?:behandelt|beschrieben|besprochen|erklärt|erläutert)(?: ausführlich)? (?:in|im) (?:Teil|Kapitel|Labor|Beitrag|Artikel) \d+|(?:in|im) (?:Teil|Kapitel|Beitrag) \d+\s[^.]{0,40}?(?:behandelt|beschrieben|besprochen|erklärt|erläutert)`,
    String.raw`(?:traitée?s?|décrite?s?|abordée?s?|présentée?s?|détaillée?s?|expliquée?s?|vue?s?)(?: en détail)? dans (?:la partie|le TP|le chapitre|l['’]épisode|le billet|l['’]article) (?:n°\s?)?\d+`,
    String.raw`(?:tratad|descrit|cubiert|explicad|vist|abordad)[oa]s?(?: en detalle)? en (?:la parte|el capítulo|la práctica|el post|el artículo|la entrega) \d+`,
    String.raw`(?:se (?:trata|tratará|describe|describirá|explica|explicará|verá|vio|cubre|cubrirá|aborda|abordará)) en (?:la parte|el capítulo|la práctica|el post|el artículo|la entrega) \d+`,
    String.raw`(?:tratad|descrit|abordad|explicad|vist|cobert)[oa]s?(?: em detalhe)? (?:na parte|no capítulo|na prática|no post|no artigo) \d+`,
    String.raw`(?:рассмотрен|описан|разобран|обсужд[её]н|изложен)\p{L}*(?: подробно)? в (?:лабораторной работе|лабораторной|части|главе|лекции|статье|посте|выпуске) №?\s?\d+`,
    String.raw`第\s?[\d一二三四五六七八九十]+\s?(?:篇|部分|章|讲|期)(?:中|里)?(?:已经?|会|将)?(?:详细)?(?:介绍|讲过|讲|写过|展开|讨论|说明)`,
    String.raw`第?\s?\d+\s?(?:回|章|部)目?(?:の記事)?で(?:詳しく)?(?:書|説明|紹介|解説|扱)`,
    String.raw`\d+\s?(?:편|부|장)에서\s?(?:자세히\s?|따로\s?|별도로\s?)?(?:다뤘|다룬|다룹니다|다룰|다루겠|설명했|설명합니다|설명할|설명하겠|정리했|정리합니다|정리하겠)`,
    // To be covered there, said ahead: "I'll cover it in part 2", "Esto lo veremos en la parte 2", "2편에서 따로 다루겠습니다".
    String.raw`(?:will|['’]ll|to) (?:cover|discuss|describe|explain|write about|go into|get into)(?: (?:it|this|that|them))?(?: separately| in detail| at length)? in (?:part|post|episode|chapter|installment|instalment) #?\d+`,
    String.raw`(?:nous |on )?(?:verrons|verra|traiterons|aborderons|détaillerons)(?: (?:ça|cela))? dans (?:la partie|le chapitre|l['’]épisode|le billet|l['’]article) (?:n°\s?)?\d+`,
    String.raw`(?:veremos|trataremos|contaremos|explicaremos|cubriremos)(?: en detalle)? en (?:la parte|el capítulo|el post|el artículo|la entrega) \d+`,
    String.raw`(?:veremos|vamos ver|trataremos|explicaremos)(?: isso)?(?: em detalhe)? (?:na parte|no capítulo|no post|no artigo) \d+`,
    String.raw`(?:behandeln|beschreiben|erklären|besprechen) wir (?:das |dies |sie |ihn )?(?:ausführlich )?(?:in|im) (?:Teil|Kapitel|Beitrag|Artikel) \d+`,
    String.raw`(?:расскажу|рассмотрим|разберём|разберем|опишу)(?: это| об этом)? в (?:части|главе|посте|статье|выпуске) №?\s?\d+`,
  ].join('|')})(?:[^.。!?！？(（]|[(（][^()（）]{0,80}[)）]){0,60}[.。!?！？)）]*\\s*$`,
  'iu',
);
/** How many words of its sentence may come before a pointer to another part: "This was", "Будет". */
export const IN_ANOTHER_PART_LEAD_WORDS = 6;

/**
 * A sentence that says its topic is still being settled with someone ("The questions of control of the model
 * quality … are under discussion with the IT directorate"): open, as "TBD with" is.
 */
export const UNDER_DISCUSSION = new RegExp(
  `(?:${[
    String.raw`(?:is|are) (?:still )?(?:under discussion|being (?:discussed|agreed|clarified|worked out|negotiated)) (?:with|by|in|among|between)\b`,
    String.raw`(?:está|están) (?:todavía |aún )?(?:en discusión|en negociación|siendo (?:discutid|acordad)[oa]s?) con\b`,
    String.raw`(?:est|sont) (?:encore )?(?:en (?:cours de )?discussion|en négociation|en cours d'arbitrage) avec\b`,
    String.raw`(?:wird|werden) (?:noch )?(?:mit [^.]{1,40} )?(?:diskutiert|abgestimmt|geklärt|verhandelt)(?:\.|$)`,
    String.raw`(?:está|estão) (?:ainda )?(?:em discussão|em negociação|sendo (?:discutid|acordad)[oa]s?) com\b`,
    String.raw`(?:обсужда|согласовыва|прорабатыва)(?:ется|ются) с\s`,
    String.raw`(?:находится|находятся) (?:в стадии )?обсуждения`,
  ].join('|')})`,
  'iu',
);

/**
 * A note that opens by saying what will be proposed or agreed later, or with someone ("Se propondrá en el informe
 * de Fase 1 un conjunto de métricas", "Metrics will be agreed with the client at kick-off"): a promise, not content.
 * "The threshold will be set to 0.7" says something, and is not one.
 */
export const DECIDED_LATER = new RegExp(
  `^\\s*(?:${[
    String.raw`(?:(?:the |these |this |our )?[\p{L}-]+(?: [\p{L}-]+){0,2} )?(?:will be|are to be|is to be) (?:proposed|agreed|defined|decided|set|fixed|specified|determined) (?:later|with|after|during|once|when|at (?:the |a )?(?:kick-?off|workshop|next|end)|in (?:the |a )?(?:next|later|phase|stage|report|workshop|kick-?off))`,
    String.raw`se (?:propondrá|acordará|definirá|fijará|decidirá|consensuará)n? (?:más adelante|con|tras|después|en (?:el|la|una) (?:informe|fase|etapa|entrega|reunión|taller|siguiente|próxima))`,
    String.raw`(?:[\p{L}-]+(?: [\p{L}-]+){0,2} )?(?:será|serão) (?:propost|acordad|definid|fixad|decidid)[oa]s? (?:mais tarde|depois|com|após|(?:no|na|em) (?:relatório|fase|etapa|reunião|próxima|oficina))`,
    String.raw`(?:[\p{L}'-]+(?: [\p{L}'-]+){0,2} )?(?:sera|seront) (?:proposée?s?|convenue?s?|définie?s?|fixée?s?|décidée?s?) (?:plus tard|ultérieurement|avec|après|lors|dans le (?:rapport|livrable)|(?:en|à la) (?:phase|étape))`,
    String.raw`(?:[\p{L}-]+(?: [\p{L}-]+){0,2} )?(?:wird|werden) (?=(?:später|noch|erst|mit|im|in der|nach) )(?:(?:später|noch|erst) )*(?:(?:mit|im|in der|nach) [^.]{1,40}? )?(?:vorgeschlagen|abgestimmt|festgelegt|definiert|entschieden)`,
    String.raw`(?:[\p{L}-]+(?: [\p{L}-]+){0,2} )?(?:будет|будут) (?:предложен|согласован|определ[её]н|утвержд[её]н)\p{L}* (?:позже|позднее|с |после|на (?:этапе|следующ))`,
  ].join('|')})(?!\\p{L})`,
  'iu',
);
export const DECIDED_LATER_WORDS = 20;

/**
 * A sentence that says no more than that its topic is out of scope, now or for a first version ("Not in scope for
 * v1.", "Hors périmètre pour la v1."): the step is left out. What it leaves out, named after it, is content.
 */
export const OUT_OF_SCOPE = new RegExp(
  `^\\s*(?:${[
    String.raw`(?:(?:this|that|it) is |it['’]s )?(?:not in|out of) scope(?: (?:for|in) (?:v\d|version \d|the (?:first|initial) (?:release|version|launch)|this (?:phase|release|iteration|version)|(?:the )?mvp|(?:the )?pilot|launch|now))?`,
    String.raw`(?:nicht im (?:Umfang|Scope)|außerhalb des (?:Umfangs|Scopes))(?: (?:von|für|der) (?:v\d|Version \d|ersten Version|Phase \d|MVP))?`,
    String.raw`hors (?:du )?(?:périmètre|scope)(?: (?:de|pour) la (?:v\d|version \d|première version|phase \d))?`,
    String.raw`fuera del? (?:alcance|scope)(?: (?:de|para) la (?:v\d|versión \d|primera versión|fase \d))?`,
    String.raw`fora do (?:escopo|âmbito)(?: (?:da|para a) (?:v\d|versão \d|primeira versão|fase \d))?`,
    String.raw`вне (?:рамок|скоупа)(?: (?:v\d|первой версии|MVP))?`,
    String.raw`不在(?:本期|一期|v\d|第一版)?(?:范围|范畴)(?:内|之内)?`,
    String.raw`(?:v\d|初版|今回)(?:の)?(?:対象外|スコープ外)`,
    String.raw`(?:v\d|1차|이번) 범위(?:에서)? (?:밖|제외)`,
  ].join('|')})\\s*[.。!！]?\\s*$`,
  'iu',
);

/**
 * A note that only points to an attachment or an annex ("см. вложение (таблица источников)", "See attached.", "Siehe
 * Anlage 2"): what the step says is not in the document.
 */
export const ATTACHED_ELSEWHERE = new RegExp(
  `^\\s*(?:${[
    String.raw`(?:please )?see (?:the )?(?:attachment|attached(?: file| sheet| spreadsheet)?|enclosure|enclosed)`,
    String.raw`siehe (?:Anhang|Anlage|beigefügte)`,
    String.raw`voir (?:la |les )?(?:pièces? jointes?|PJ)`,
    String.raw`(?:ver|véase|vea) (?:el )?(?:adjunto|archivo adjunto)`,
    String.raw`(?:ver|veja) (?:o )?(?:anexo|arquivo anexo)`,
    String.raw`(?:см\.?|смотри(?:те)?) (?:во )?(?:вложени|прикреплённ|прикрепленн)\p{L}*`,
    String.raw`(?:见|详见|参见)附件`,
    String.raw`添付(?:ファイル|資料)?(?:を)?(?:参照|ご参照ください|ご確認ください)`,
    String.raw`첨부\s?(?:파일|자료)?\s?참조`,
  ].join('|')})(?![\\p{L}])[^.。\\n]{0,40}[.。]?\\s*$`,
  'iu',
);
