/**
 * The phrasings a placeholder is read by, in the languages MLSD reads: marks of work left
 * open ("TBD", "待补充", "noch offen"), notes that put a part off or point elsewhere, a
 * template's own notes. The logic that applies them is in placeholders.ts.
 */

/** "TBD", "TODO: fill in", "…", a dash alone in a cell: words that hold a place, not content. */
export const PLACEHOLDER = /^\s*(?:tbd|tba|todo|fixme|wip|work in progress|under construction|n\/a|to ?do|to be (?:written|done|decided|defined|filled in|determined)|coming soon|fill (?:me |this )?in)\b[\s\S]{0,40}$|^\s*(?:\.\.\.|…|\?+|[-–—―－]{1,3})\s*$/i;
/** A fill-in left as written: "[completar]", "[your text here]", "[TBD]". */
export const FILL_IN = /^\[[^\]\n]{0,40}\]$/;
/**
 * A template's own note to whoever fills it in, by the label templates give it: "Template prompt:
 * What will be monitored?", "【模板说明】请描述上线后的指标监控", "Ausfüllhinweis: …". It says what to write.
 */
export const TEMPLATE_NOTE = new RegExp(
  String.raw`^[【\[(（]?\s*(?:` +
    [
      String.raw`template (?:prompt|note|guidance|instructions?|hint)s?`,
      String.raw`模板(?:说明|提示|指引)`,
      String.raw`填写(?:说明|指引|要求|提示)`,
      String.raw`記入(?:方法|要領|例|ガイド)`,
      String.raw`テンプレート(?:の)?(?:説明|注記|ガイド)`,
      String.raw`작성\s?(?:가이드|요령|방법|안내)`,
      String.raw`템플릿\s?(?:안내|설명)`,
      String.raw`ausfüllhinweis(?:e)?`,
      String.raw`(?:hinweis|hinweise) zur vorlage`,
      String.raw`vorlagenhinweis(?:e)?`,
      String.raw`(?:consignes?|instructions?) (?:du modèle|du gabarit|de remplissage)`,
      String.raw`instrucciones (?:de la plantilla|para rellenar|de llenado)`,
      String.raw`instruções (?:do modelo|do template|de preenchimento)`,
      String.raw`(?:инструкция|подсказка|пояснение) (?:к шаблону|по заполнению)`,
    ].join('|') +
    String.raw`)\s*(?:[:：]|[】\])）]\s*[:：]?)`,
  'iu',
);
/** Emoji and their joiners: decoration around a note, never its words ("🚧 TODO", "TBD 👀 —"). */
const SIGNS = String.raw`\p{Extended_Pictographic}\u{FE0F}\u{200D}`;
/** Words that mark a topic as open, in the languages we read: "TBD", "待定", "à définir", "no decision". */
const OPEN_MARK = String.raw`(?:待定|未定|待确认|待补充|待与[^。，,；\n]{1,12}(?:确认|沟通|讨论|商定|对齐)|準備中|准备中|준비\s?중|未確定|未決定|尚未(?:确定|决定)|还没(?:有)?(?:确定|决定|定)|まだ決まって(?:い)?ない|미정|아직 (?:정해지지|결정되지) 않(?:음|았음|았다|았습니다|습니다)?|(?<!\p{L})(?:tbd|tbc|to be (?:decided|defined|determined|confirmed|agreed)|no decision(?: yet)?|not (?:yet )?decided(?: yet)?|undecided|à (?:définir|confirmer)|(?:por|a) (?:definir|confirmar)|noch offen|` +
  // "Not decided yet", in the other languages: "noch nicht entschieden", "pas encore tranché", "todavía no está decidido", "пока не решено".
  String.raw`noch nicht (?:entschieden|festgelegt|definiert|geklärt|getroffen|beschlossen)|pas encore (?:décidée?s?|définie?s?|tranchée?s?|arrêtée?s?)|(?:aún|todavía) no (?:está |se ha |hay )?(?:decidid[oa]s?|definid[oa]s?|decisión)|ainda não (?:está |foi )?(?:decidid[oa]s?|definid[oa]s?)|(?:ещё|еще|пока) не (?:решено|определено|выбран\p{L}*)|не определ\p{L}*)(?!\p{L}))`;
/**
 * "Later", alone or nearly: the step is put off ("- depois", "Monitoring: later", "後で"); or "coming soon" alone, as a
 * slide or a page shows it ("🚧 próximamente"): with words after it, "bientôt" plans something.
 */
export const LATER =
  /^\s*(?:(?:later|depois|después|más tarde|plus tard|später|後で|あとで|나중에|稍后|以后)(?![\p{L}])[\s\S]{0,20}|(?:coming soon|próximamente|em breve|bientôt|demnächst|in kürze|скоро|即将推出|敬请期待|近日公開|공개 예정)[\s.!…。！]*)$/iu;
/**
 * A short note that ends by saying it is open: "Ana (RevOps) vai definir o que conta como bom — TBD", "sync or async? no decision",
 * "詳細はデータ基盤ページを参照してください（準備中）".
 * Spaces then a stop, not spaces, a stop and spaces: two runs of spaces around an optional stop backtrack.
 */
export const ENDS_OPEN = new RegExp(String.raw`(?:(?:[—–-]|[?？,;:])\s*${OPEN_MARK}|[(（]\s*${OPEN_MARK}\s*[)）])\s*(?:[.!。]\s*)?$`, 'iu');
/** A short note that opens by saying it is open: "Not decided yet, discuss after the pilot", "noch nicht entschieden – nach dem Pilot besprechen". */
export const OPENS_OPEN = new RegExp(String.raw`^\s*${OPEN_MARK}\s*(?:$|[,，、;；:：—–(（。.!])`, 'iu');
/**
 * A template's note asking to be deleted or replaced, in parentheses anywhere in the text ("Describe the model family
 * … (Delete this prompt when you fill in the section.)", "（填写后删除此提示）"): the text around it is the template's.
 */
export const DELETE_THIS = new RegExp(
  String.raw`[(（][^()（）]{0,40}?(?:` +
    [
      String.raw`(?:delete|remove|replace) (?:this|these) (?:prompts?|text|notes?|guidance|hints?|instructions?|paragraphs?|placeholders?|examples?)`,
      String.raw`(?:diesen|diese|den) (?:Hinweis|Text|Absatz|Platzhalter)\S* (?:löschen|entfernen|ersetzen)`,
      String.raw`(?:supprimer|supprimez|remplacer|remplacez) ce(?:tte)? (?:texte|paragraphe|consigne|indication|note)`,
      String.raw`(?:borra|borrar|bórrese|elimina|eliminar|reemplaza|reemplazar) (?:este|esta) (?:texto|nota|indicación|párrafo|instrucción)`,
      String.raw`(?:apague|apagar|remova|remover|substitua|substituir) (?:este|esta) (?:texto|nota|parágrafo|instrução)`,
      String.raw`(?:удалите|удалить|замените|заменить) (?:этот|эту|это) (?:текст|подсказку|абзац|пояснение)`,
      String.raw`(?:删除|删掉|替换)(?:此|本|这段|该)(?:提示|说明|文字|段落)`,
      String.raw`(?:この)?(?:ガイド|説明|注記|記入例|文章)(?:は|を)(?:削除|消)`,
      String.raw`(?:이|본) (?:안내|설명|문구|예시)(?:는|를|은|을)? (?:삭제|지우)`,
    ].join('|') +
    String.raw`)`,
  'iu',
);
/**
 * A record's state and bookkeeping, as decision records and RFCs head each entry ("Status: accepted (6 Nov)",
 * "Stand: offen", "状态：草稿") and trackers and wikis show a card's or a page's properties ("Owner: Dana K.",
 * "Last edited: February 27, 2025", "Miembros: @nuria"): a note on the document, not on the design. Its value is
 * a few words at most. Not "labels", in any language: the data's labels are content.
 */
const RECORD_FIELD_NAMES = String.raw`status|stand|statut|estado|estatus|situação|статус|状态|状態|ステータス|상태|owners?|assignees?|reporter|authors?|` +
  String.raw`tags|order|created(?: by| time| on)?|last (?:edited|updated|modified)(?: by| time| on)?|updated|due(?: date)?|reviewers|members|watchers|sprint|` +
  String.raw`responsable|propietario|miembros|vence|fecha de vencimiento|propriétaire|membres|échéance|besitzer|verantwortlich|mitglieder|fällig(?:keit)?|` +
  String.raw`responsável|membros|prazo|ответственный|владелец|участники|срок|负责人|成员|截止日期|担当者?|期限|담당자|마감일`;
/** A record field's name, as a field's label ("Owner:") or a property table's first column ("| Owner | Dana K. |") gives it. */
export const RECORD_FIELD_NAME = new RegExp(String.raw`^\s*(?:${RECORD_FIELD_NAMES})\s*[:：]?\s*$`, 'iu');
export const RECORD_FIELD_WORDS = 3;
/** A label on a line of its own, then its answer below ("Context" / "TODO (Sophie)"), as a form's field is. */
export const LINE_LABEL = /^[^\n:：.!?。？！]{1,30}\n\s*(?=\S)/;
/**
 * A note named for the one who reviews or grades the document, not for its author ("Комментарий проверяющего:",
 * "Grader's comment:", "Kommentar des Prüfers:", "老师点评："): what the design should say, in the reviewer's words.
 * Not a teacher's feedback that a product collects ("Teacher feedback: each suggestion is rated…"): that is data.
 */
const GRADER_NOTE = String.raw`(?:(?:comment|note|remark|verdict|комментарий|замечани[ея]|итог|отзыв|kommentar|anmerkung|commentaire|remarque|comentario|observación|comentário|observação)\s+(?:of the |from the |des |der |du |de l['’]|del |de la |do |da )?` +
  String.raw`(?:reviewer|grader|examiner|instructor|teacher|tutor|проверяющего|преподавателя|рецензента|ревьюера|Prüfers|Betreuers|Gutachters|correcteur|relecteur|examinateur|revisor|profesor|corrector|professor|avaliador)` +
  String.raw`|(?:reviewer|grader|examiner)(?:['’]s)? (?:comments?|feedback|notes?|remarks?|verdict)|(?:instructor|teacher|tutor|TA)['’]s (?:comments?|notes?|remarks?|verdict)` +
  String.raw`|(?:老师|助教|评审|导师|评阅人)(?:点评|批注|评语|意见)|(?:講師|レビュアー|採点者|先生)(?:コメント|所見|講評)|(?:리뷰어|채점자|교수님?|조교) ?(?:코멘트|의견|피드백))`;
/**
 * A reviewer's comment or a reply, named as such with who wrote it ("[h] Comment — Priya Raman: this has to be
 * filled in", "Reviewer (Ana): we need drift checks here", "↳ Reply — Kevin: on my list", "Kommentar (Jonas): …",
 * "💬 评论 · 李娜：…"): a
 * thread on the document, not what it says of the design, however long.
 */
export const REVIEW_COMMENT = new RegExp(
  String.raw`^\s*(?:\[[^\]\n]{1,8}\]\s*)?(?:[↳▶►•*>-]\s*)?(?:(?:comments?|reply|replies|reviewer|review comment|kommentar|antwort|anmerkung|commentaire|réponse|comentario|respuesta|comentário|resposta|комментарий|ответ|рецензент|评论|回复|批注|评审意见|コメント|返信|レビューコメント|댓글|답글|리뷰어)(?![\p{L}\p{N}_-])` +
    String.raw`\s*(?:[—–·-]\s*[^:：\n]{1,30}?|[(（][^()（）:：\n]{1,30}[)）])|${GRADER_NOTE})\s*[:：]`,
  'iu',
);
/**
 * An outliner's or org-mode's task keyword, in capitals, opening the note ("TODO definir métricas com a equipe",
 * "FIXME ask Marek where this runs"): work left, as "TODO —" is. In capitals only: "Todo el tráfico…" is Spanish for "all".
 */
export const TASK_KEYWORD = /^\s*(?:TODO|FIXME)\s+\S/u;
/**
 * Words that hold a place in the other languages MLSD reads, and what a tracker or a wiki shows for a card, an
 * issue or a page left without a body ("No description provided.", "(sin descripción)", "This page is empty.").
 */
export const PLACEHOLDER_WORDS = /^\s*(?:待定|待补充|未完成|作成中|検討中|未定|미정|작성\s?중|추후|pendiente|por completar|por definir|à compléter|à définir|a definir|a completar|в работе|будет позже|позже|tbd|no description|sin descripción|sem descrição|keine beschreibung|pas de description|aucune description|нет описания|无描述|暂无描述|説明なし|설명 없음|this (?:page|section) is (?:empty|intentionally left blank)|intentionally left blank|no answer|no response|нет ответа|sin respuesta|sem resposta|pas de réponse|keine Antwort|未回答|无回答|無回答|回答なし|응답 없음|무응답)[\s\S]{0,20}$/i;
/**
 * A note that opens with a to-do marker ("TODO — ask Priya which logs we may use", "Pendiente — lo vemos con Plataforma", "待补充。监控指标…
 * 需要和风控运营一起确定") is work left, however long; the owner or an emoji may stand between the
 * marker and its dash or comma ("TODO @Camilo — definir…", "TBD 👀 — @priya to draft", "TBD, depends on…").
 */
export const TODO_NOTE = new RegExp(
  String.raw`^\s*(?:[【\[]\s*)?(?:(?:tbd|todo|to-do|fixme|pending|pendiente|pendente|ausstehend|en attente)\b|待补充|待定|未完成|作成中|検討中|未定|미정|작성\s?중|à compléter|por completar|a completar|в работе|` +
    // "To be written", in the other languages: "작성 예정", "作成予定", "待编写", "à rédiger", "in Arbeit".
    String.raw`작성\s?예정|作成予定|記載予定|執筆中|待编写|待撰写|待完善|por redactar|pendiente de redactar|à rédiger|en cours de rédaction|a redigir|em redação|in Arbeit|в процессе написания|` +
    // "Not filled in": "未記入", "未填写", "미기입".
    String.raw`未記入|未記載|未填写|未填|미기입|미작성|not filled in|sin rellenar|non renseigné|nicht ausgefüllt|não preenchido|не заполнено)` +
    // The marker may stand in brackets, which close it as a dash would ("【TBD】別紙参照", "[TODO] ask Priya").
    String.raw`(?:\s*[】\]]|(?:\s*(?:@[\p{L}\p{N}._-]+|[${SIGNS}]))*\s*[:：—–\-(（。.,，、;；])`,
  'iu',
);
/**
 * A short note that points at what exists already and adds nothing ("同现有规范。", "Same as the existing
 * standard.", "Wie gehabt."): the step is written elsewhere, not here.
 */
export const AS_EXISTING = new RegExp(
  `^(?:${[
    String.raw`(?:same as|as per|per|following|according to) (?:the |our )?(?:existing|current|usual|standard|company|team) (?:spec|specs|standard|standards|practice|process|setup|runbook|policy|guidelines?)`,
    String.raw`(?:wie (?:bisher|gehabt|üblich)|gemäß (?:bestehender|bestehenden|geltender|geltenden) (?:Vorgaben?|Richtlinien?|Standards?|Prozesse?))`,
    String.raw`(?:comme (?:d'habitude|aujourd'hui|l'existant)|identique à l'existant|selon les (?:normes|standards|procédures) (?:existant|en vigueur)\S*)`,
    String.raw`(?:igual que (?:lo|el) (?:existente|actual)|según (?:la|las) (?:norma|normas|política|políticas) (?:vigente|existente)s?)`,
    String.raw`(?:igual ao (?:existente|atual)|conforme (?:o )?padrão (?:existente|atual|da empresa))`,
    String.raw`(?:аналогично (?:существующ|действующ)\S*|по (?:действующему|существующему) регламенту|как (?:сейчас|обычно))`,
    String.raw`(?:同|按|沿用|参照|遵循)(?:现有|现行|已有)(?:规范|标准|流程|方案|机制)`,
    String.raw`(?:既存|従来)(?:の)?(?:規定|規約|ルール|手順|基準|運用)?(?:に準ずる|に従う|に準拠|通り|どおり)`,
    String.raw`기존\s?(?:규정|규칙|가이드|기준|방식)?(?:과|와)?\s?동일`,
  ].join('|')})[^,，;；:：]{0,30}$`,
  'iu',
);
export const AS_EXISTING_WORDS = 8;

/**
 * A part left out, said as it opens ("Skipped. We ran out of time", "这部分跳过", "Übersprungen"):
 * the reason why is not the step's content, however long.
 */
export const SKIPPED =
  /^[\s*_]*(?:skipped|not covered|didn['’]t get to (?:it|this|that)|ran out of time|übersprungen|nicht behandelt|omitido|nos (?:lo )?saltamos|no dio tiempo|sauté|pas abordé|non abordé|pulado|pulamos|não deu tempo|пропущено|пропустили|не успели|スキップ|割愛|時間切れ|건너뜀|건너뛰었|생략했)(?![\p{L}])|^[^。！？\n]{0,30}(?:这部分|这一部分|这块|这段)就?(?:跳过|略过)/iu;
/**
 * A decision or a part put off to someone or some time: "TBD with the platform team", "À définir avec l'équipe (réunion le 21/03)",
 * "À compléter par l'équipe data science avant le comité".
 */
export const DEFERRED =
  /^\s*(?:tbd|to be (?:decided|defined|determined|agreed|completed|written|filled in)|à définir|a definir|por definir|à décider|a decidir|por decidir|à compléter|à rédiger|a completar|por completar|a preencher|noch offen|zu klären|zu ergänzen|будет определ\S*|определим)\s+(?:with|w\/|after|until|once|when|by|at|avec|après|lors|quand|par|con|después|cuando|por|com|depois|quando|pelo|pela|mit|nach|bis|beim|von|durch|с|после|когда|на)\s/iu;

export const DEFERRED_WORDS = 14;

/**
 * A topic named only to say it is open ("实验方案待定，需与产品确认分流方式", "Experiment design TBD, pending
 * sign-off", "Métricas a definir"): the topic is a prompt, what follows is why it is open.
 */
export const TOPIC_OPEN = new RegExp(
  String.raw`^[^,，、。.;；:：\n]{1,40}?\s?${OPEN_MARK}` +
    String.raw`(?:\s*$|\s*[,，、;；:：—–(（。.]|\s+(?:with|after|until|once|when|pending|avec|après|lors|quand|con|después|cuando|com|depois|quando|mit|nach|bis|с|после|когда)\s)`,
  'iu',
);
export const TOPIC_OPEN_LEAD_WORDS = 5;
/**
 * A note on the write-up itself, as interview practice ends: what was missed or is for next time
 * ("Never got to monitoring. Next time bring it up during serving", "监控几乎没讲，下次要留时间"):
 * it names a step only to say it is not there.
 */
export const SELF_REVIEW = new RegExp(
  [
    String.raw`\bnext time\b`,
    String.raw`\bshould have (?:said|mentioned|asked|talked|covered|brought|discussed)\b`,
    String.raw`\bforgot to\b`,
    String.raw`\bnever got to\b`,
    String.raw`\b(?:did|could)(?:n['’]t| not) (?:get to|talk about|mention|cover|simulate|run|discuss|go into)\b`,
    String.raw`\bran out of time\b`,
    // Not done or not said, in the other languages: "não falei de teste A/B", "je n'en ai pas parlé", "と言ったところで時間切れ".
    String.raw`(?<!\p{L})no (?:hablé|mencioné|llegué|supe)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:não|nem) (?:falei|mencionei|cheguei|soube)(?!\p{L})`,
    String.raw`(?<!\p{L})n['’](?:en )?(?:ai|avons) pas (?:parlé|abordé|eu le temps)(?!\p{L})`,
    String.raw`(?<!\p{L})keine Zeit mehr(?!\p{L})`,
    String.raw`время (?:кончилось|закончилось)|не хватило времени`,
    String.raw`時間切れ`,
    String.raw`\bnächstes Mal\b`,
    String.raw`\bvergessen\b`,
    String.raw`\bla prochaine fois\b`,
    String.raw`\boublié de\b`,
    String.raw`\bla próxima vez\b`,
    String.raw`\bse me olvidó\b`,
    String.raw`\bda próxima vez\b`,
    String.raw`\besqueci de\b`,
    String.raw`в следующий раз`,
    String.raw`\bзабыл`,
    String.raw`\bне успел`,
    String.raw`下次(?:要|一定|注意|记得|前)`,
    String.raw`没(?:来得及|讲|说到|提到)`,
    String.raw`次(?:は|回は)`,
    String.raw`(?:言え|話せ|触れられ)なかった`,
    String.raw`다음엔`,
    String.raw`다음에는`,
    String.raw`말 못`,
    String.raw`(?:얘기|이야기|언급|설명)[은는도을를]?\s?(?:아예|전혀|거의|제대로)?\s?못`,
    String.raw`시간 부족`,
  ].join('|'),
  'iu',
);
export const SELF_REVIEW_WORDS = 40;

/** Signs that open a note without saying anything: "⚠️ 待补充", "🚧 TODO: …". */
export const LEADING_SIGNS = new RegExp(`^[\\s${SIGNS}]+`, 'u');
/** The marker of a GitHub alert or an Obsidian callout ("> [!NOTE]", "> [!todo]-"): it is markup, not words. */
export const ALERT_MARKER = /^\s*\[![A-Za-z]+\][+-]?/;
/** The fences of an admonition (":::caution Title" … ":::", as Docusaurus and markdown-it containers write them): markup, not words. */
export const ADMONITION_OPEN = /^\s*:{3,}[\p{L}-]*[ \t]*/u;
export const ADMONITION_CLOSE = /\n\s*:{3,}\s*$/;
/** A last sentence that only calls the note a placeholder ("… before the A/B test starts. Placeholder."). */
export const SELF_LABEL = /(?<=[.!。！]|^)\s*(?:placeholder|stub|platzhalter|espace réservé|marcador de posición|espaço reservado|заглушка|占位符?|プレースホルダー?|플레이스홀더)[.!。！]?\s*$/iu;
/** Text wholly in one pair of parentheses. */
export const ENCLOSED = /^[(（]([^()（）]*)[)）]$/u;
/** An aside wholly in parentheses, short: "(ran out of time here)", "（时间到了，没来得及写）". */
export const ASIDE_CHARACTERS = 80;
export const ASIDE_WORDS = 12;
/** A field of a form: a short label and its colon ("Status: `TODO`", "Owner: TBD"). */
export const FIELD_LABEL = /^[^:：\n]{1,30}[:：]\s*(?=\S)/;
export const FIELD_LABEL_WORDS = 3;
/** An item's identifier before its text, as specifications number them ("REQ-12. TBD.", "FR-3: TBD"); not a measure's figure ("AUC 0.81"). */
export const ITEM_ID = /^\p{Lu}{1,6}[-_]?\d{1,4}(?![\d.,]\d)\s*[.:：)—–-]?\s+(?=\S)/u;
