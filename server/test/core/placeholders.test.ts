/** Steps left open in the shapes drafts leave them: decision records, forms, template prompts, notes in other languages. */
import { describe, expect, it } from 'vitest';
import { check, COMPLETE } from '../helpers.js';

const monitoring = '## 7. Monitoring\n\nAlerts on feature drift and on CTR drops; daily retraining.';
const withMonitoring = (body: string) => {
  expect(COMPLETE).toContain(monitoring);
  return COMPLETE.replace(monitoring, `## 7. Monitoring\n\n${body}`);
};
const status = (text: string, id: string) => check(text).sections.find((s) => s.id === id)?.status;
/** Each note, alone under the monitoring heading, leaves the step empty. */
const expectOpen = (notes: string[]) => {
  for (const note of notes) expect(status(withMonitoring(note), 'monitoring'), note).toBe('empty');
};

describe('a decision record left open', () => {
  it('reads a record whose status, bold field names and answers hold nothing as empty', () => {
    for (const record of [
      '**Status:** open\n\n**Context**\nTODO (Sophie)\n\n**Decision**\nTODO\n\n**Consequences**\n—',
      'Status: vorgeschlagen\n\n**Kontext:** –\n\n**Entscheidung:** noch nicht entschieden, nach dem Pilot besprechen\n\n**Konsequenzen:** –',
      '**Status:** proposed\n\n**Context**\nNot decided yet, discuss after the pilot.\n\n**Decision**\n—',
      '**Stand:** offen\n\n**Kontext**\n\n_TODO (S. Yilmaz): klären, wer den Batchlauf überwacht._\n\n**Entscheidung**\n\n–',
    ]) {
      expect(status(withMonitoring(record), 'monitoring'), record).toBe('empty');
    }
  });

  it('reads the same record with its decision written as present', () => {
    const decided = '**Status:** accepted (6 Nov)\n\n**Context**\nTODO\n\n**Decision**\nWe alert on PSI drift above 0.2 on any input feature and retrain weekly.';
    expect(status(withMonitoring(decided), 'monitoring')).toBe('present');
    // A status that says more than a state is what the section says.
    expect(status(withMonitoring('Status: alerts on feature drift and on CTR drops are live; daily retraining.'), 'monitoring')).toBe('present');
    // A bold sentence or figure is content, not a field's name.
    expect(status(withMonitoring('**Alert when PSI drift exceeds 0.2; retrain weekly.**'), 'monitoring')).toBe('present');
  });

  it('reads "not decided yet" as open in the languages MLSD reads', () => {
    expectOpen([
      'Not yet decided — depends on the pilot.',
      'Noch nicht festgelegt, klären wir nach dem Pilot.',
      "Pas encore tranché, on en reparle après le pilote.",
      'Todavía no está decidido, lo vemos tras el piloto.',
      'Ainda não definido, vamos ver depois do piloto.',
      'Пока не решено, обсудим после пилота.',
      '尚未确定，试点结束后再讨论。',
      'まだ決まっていない。パイロット後に相談。',
      '아직 정해지지 않음, 파일럿 후 논의.',
    ]);
    expect(status(withMonitoring('Not decided yet which team owns the pager, but drift alerts on PSI > 0.2 and weekly retraining are in place.'), 'monitoring')).toBe('present');
  });
});

describe('a template or a draft left open', () => {
  it('reads "coming soon" alone, as a slide or a page shows it, as holding a place, and a plan that goes on as content', () => {
    for (const note of ['🚧 próximamente', 'Coming soon!', 'Em breve.', 'Bientôt…', 'Demnächst', 'Скоро', '敬请期待', '近日公開']) {
      expect(status(withMonitoring(note), 'monitoring'), note).toBe('empty');
    }
    expect(status(withMonitoring('Bientôt : alertes sur la dérive des features (PSI > 0,2) et réentraînement hebdomadaire.'), 'monitoring')).toBe('present');
    expect(status(withMonitoring('Em breve faremos alertas de drift (PSI > 0,2) e retreino semanal.'), 'monitoring')).toBe('present');
  });

  it('reads a part left to someone to complete, priced apart or kept for the next post as holding a place', () => {
    for (const note of ["À compléter par l'équipe data science (É. Masson) avant le passage en comité.",
      'To be completed by the data science team before the steering committee.', 'Se cotizará por separado una vez concluido el piloto.',
      'Will be quoted separately once the pilot ends.', 'Esse vai ficar pro próximo post, prometo.']) {
      expect(status(withMonitoring(note), 'monitoring'), note).toBe('empty');
    }
    // Work done by someone is content.
    expect(status(withMonitoring("Complété par l'équipe data : alertes sur la dérive (PSI > 0,2) et réentraînement mensuel."), 'monitoring')).toBe('present');
  });

  it('reads a part put off to a later part of a series as holding a place, in the languages MLSD reads', () => {
    for (const note of ['이 부분은 분량이 너무 길어져서 2편에서 따로 다루겠습니다.', "I'll cover this in part 2.", 'Esto lo veremos en la parte 2.',
      'On verra ça dans la partie 2.', 'Das behandeln wir in Teil 3.', 'Об этом расскажу в части 2.', 'Veremos isso na parte 2.']) {
      expect(status(withMonitoring(note), 'monitoring'), note).toBe('empty');
    }
    expect(status(withMonitoring("We alert on drift (PSI > 0.2); I'll cover the dashboards in part 2, they run on Grafana."), 'monitoring')).toBe('present');
  });

  it("reads a template's prompt that asks to be deleted as the template's", () => {
    const prompt = 'Describe how drift is detected, what raises an alert and when the model is retrained. (Delete this prompt when you fill in the section.)';
    expect(status(withMonitoring(prompt), 'monitoring')).toBe('empty');
    expect(status(withMonitoring('监控数据漂移和模型效果，触发告警后重新训练。（填写后删除此提示）'), 'monitoring')).toBe('empty');
    // Text about deleting things is not a template's note.
    expect(status(withMonitoring('We alert on drift and delete stale features from the store weekly; retraining is daily.'), 'monitoring')).toBe('present');
  });

  it('reads open tasks that only name their topic as stating nothing yet, and a task that says what will be watched as the fact', () => {
    for (const tasks of ['- [ ] Drift metrics and thresholds defined\n- [ ] Alert routing agreed', '- [ ] Alertas\n- [ ] Dashboard', '- [ ] 数据漂移、模型漂移监控']) {
      const analysis = check(withMonitoring(tasks));
      expect(analysis.sections.find((s) => s.id === 'monitoring')!.status, tasks).toBe('incomplete');
      expect(analysis.facts.monitoring!.found, tasks).toBe(false);
    }
    // Said in full, or done, the task is the design's.
    for (const tasks of ['- [ ] Feature drift check weekly: PSI on lead time; PSI > 0.2 → review', '- [x] Drift alerts on the feature store']) {
      expect(check(withMonitoring(tasks)).facts.monitoring!.found, tasks).toBe(true);
    }
  });

  it('reads a to-do marker in brackets, and a part someone is to write here later, as open', () => {
    expect(status(withMonitoring('【TBD】別紙「監視設計書」参照（リンク未定）。鈴木さん作成中。'), 'monitoring')).toBe('empty');
    expect(status(withMonitoring('[TODO] ask the SRE team which alerts exist.'), 'monitoring')).toBe('empty');
    expect(status(withMonitoring('See the runbook (link TBD). Priya to summarise here after the spike.'), 'monitoring')).toBe('empty');
    expect(status(withMonitoring('Drift on PSI pages the on-call; Priya will document the thresholds in the runbook.'), 'monitoring')).toBe('present');
  });

  it('reads a part a paper says it leaves out as open, in the languages MLSD reads, wrapped by hand or not', () => {
    for (const note of ['Die Überwachung des Modells im laufenden Betrieb wird im Rahmen dieser Seminararbeit nicht\nbehandelt.',
      'Monitoring of the model in production is not covered in this paper.', "La surveillance du modèle n'est pas traitée dans ce mémoire.",
      'El monitoreo del modelo no se aborda en este TFM.', 'O monitoramento do modelo não é abordado neste trabalho.',
      'Мониторинг модели в рамках данной работы не рассматривается.', '模型上线后的监控本文不涉及。', '運用後の監視は本稿では扱わない。',
      '운영 중 모니터링은 본 문서에서는 다루지 않는다.', 'See the runbook (link TBD). Priya to summarise\nhere after the spike.']) {
      expect(status(withMonitoring(note), 'monitoring'), note).toBe('empty');
    }
    expect(status(withMonitoring('Drift on PSI pages the on-call weekly;\nretraining thresholds are set with the risk team.'), 'monitoring')).toBe('present');
  });

  it("reads an outliner's task keyword in capitals as open, however long its task, and the word \"todo\" as a word", () => {
    expect(status(withMonitoring('- TODO definir alertas com [[Equipe CCO]] — ver [[2024-03-12 Reunião CCO]]\n- TODO'), 'monitoring')).toBe('empty');
    expect(status(withMonitoring('FIXME ask Marek which dashboards exist, see the notes of 2024-03-12'), 'monitoring')).toBe('empty');
    expect(status(withMonitoring('Todo el tráfico se vigila: alertas de deriva en el PSI y reentrenamiento semanal.'), 'monitoring')).toBe('present');
  });

  it('reads "to be written" as open in the languages MLSD reads', () => {
    for (const note of ['> ⚠️ **작성 예정** — 현재 후보 모델 실험 중입니다. 실험 결과 정리되면 업데이트 예정 (@이서윤)', '作成予定：監視項目は来週決める。',
      'À rédiger : seuils d’alerte après le pilote.', 'In Arbeit — Schwellen nach dem Pilot.', 'Por redactar: umbrales tras el piloto.']) {
      expect(status(withMonitoring(note), 'monitoring'), note).toBe('empty');
    }
  });

  it('reads a part to be worked out later, or out of scope for a first version, as open', () => {
    for (const note of [
      "We'll figure this out after the first summer season. Not in scope for v1.",
      '（機材の選定と、選果機メーカーとの連携方法が決まってから記載する。担当：本間）',
      'Out of scope for v1.',
      'Hors périmètre pour la v1.',
    ]) {
      expect(status(withMonitoring(note), 'monitoring'), note).toBe('empty');
    }
    // What is left out, named, is what the part says; so is a plan that is worked out.
    expect(status(withMonitoring('Out of scope for v1: drift alerts on the inputs. Weekly retraining on the last 90 days stays.'), 'monitoring')).not.toBe('empty');
    expect(status(withMonitoring('Drift is checked weekly with PSI; we worked it out with the SRE team last month.'), 'monitoring')).toBe('present');
  });

  it('reads a bold lead over a note wrapped by hand as one note', () => {
    // Minutes that take the items in turn, each under a bold lead.
    const minutes = (note: string) => COMPLETE.replace(monitoring, `## 7. Meeting of 10 October\n\n**1. Results.** Agreed as shown.\n\n**2. Monitoring.**\n${note}`);
    expect(COMPLETE).toContain(monitoring);
    expect(status(minutes('TBD — Patrice has to see with IT and the transport contractor. Not discussed in the meeting,\nno time left.'), 'monitoring')).toBe('empty');
    // Wrapped text that says something stays content.
    expect(status(minutes('Each morning the forecast is joined to the actual tonnage; an alert goes out\nwhen the input drift exceeds a PSI of 0.2.'), 'monitoring')).toBe('present');
  });

  it('reads a part put off to a review or meeting as open', () => {
    expect(status(withMonitoring('Will be covered in the review.'), 'monitoring')).toBe('empty');
    expect(status(withMonitoring('Se cubrirá en la revisión con Data Engineering (fuentes, frescura de los datos y tratamiento de roturas).'), 'monitoring')).toBe('empty');
    expect(status(withMonitoring('Standard — see my Week 8 notes ("Monitoring in production") when I get there.'), 'monitoring')).toBe('empty');
    expect(status(withMonitoring('Wird im Design-Review am Montag besprochen.'), 'monitoring')).toBe('empty');
    // What was said at a review is content.
    expect(status(withMonitoring('As agreed in the review, PSI above 0.2 pages the on-call and we retrain monthly.'), 'monitoring')).not.toBe('empty');
  });

  it("reads a form's table as open when no row both names something and answers", () => {
    const form = (rows: string) => withMonitoring(`| Signal | Check | Threshold |\n|---|---|---|\n${rows}`);
    // A template's rows whose one filled cell is the template's own, and rows named but unanswered.
    expect(status(form('| ? | drift | ? |\n| ? | retraining | ? |'), 'monitoring')).toBe('empty');
    expect(status(form('| Drift | ? | |\n| Retraining | TBD | |'), 'monitoring')).toBe('empty');
    expect(status(form('| Drift | PSI of the score | 0.2 |\n| ? | retraining | ? |'), 'monitoring')).not.toBe('empty');
    expect(status(form('| ? | weekly PSI of the score | above 0.2 |'), 'monitoring')).not.toBe('empty');
  });

  it('does not let an aside below a step fill it', () => {
    const text = withMonitoring('TODO\n\n### Open questions\n\n- Who owns the drift alerts: the SRE team or us?\n- Is weekly retraining enough?');
    expect(status(text, 'monitoring')).toBe('empty');
    // A sub-section of its own that says something does.
    expect(status(withMonitoring('TODO\n\n### Alerts\n\nPSI drift above 0.2 pages the on-call.'), 'monitoring')).toBe('present');
  });

  it("reads a specification's numbered item whose text is a placeholder as open, and not a measure's figure", () => {
    for (const item of ['**REQ-12.** TBD.', 'FR-3: TBD', '**US-14** — TODO (Ana)']) expect(status(withMonitoring(item), 'monitoring'), item).toBe('empty');
    for (const item of ['**REQ-12.** The system shall alert the team when the weekly PSI exceeds 0.2.', 'PSI 0.2 TBD']) {
      expect(status(withMonitoring(item), 'monitoring'), item).not.toBe('empty');
    }
  });

  it("reads a form's bold question over an unanswered line as a field left open, whatever its question lists", () => {
    const serving = '## 6. Serving\n\n';
    expect(COMPLETE).toContain(serving);
    for (const field of [
      '**17. Monitoring plan after launch (drift detection, alerts, retraining conditions, etc.)**\n(not answered)',
      '**17. 運用開始後のモニタリング計画（ドリフト検知、アラート、再学習の条件など）**\n（未回答）',
    ]) {
      const text = COMPLETE.replace(monitoring, '').replace(serving, `${serving}${field}\n\n`);
      expect(check(text).facts.monitoring!.found, field).toBe(false);
      expect(status(text, 'monitoring'), field).toBe('missing');
    }
    // Answered on the next line, the field says what it answers.
    const answered = COMPLETE.replace(monitoring, '').replace(serving, `${serving}**Monitoring plan (drift, alerts)**\nA weekly drift report on PSI; an alert when recall drops.\n\n`);
    expect(check(answered).facts.monitoring!.found).toBe(true);
  });

  it('does not read a sub-heading over nothing as stating what it names', () => {
    // "Drift monitoring" over "TBD" names a topic still to write, however much its sibling holds.
    const open = withMonitoring('### Drift monitoring\n\nTBD\n\n### Rollout notes\n\n- the CRM team owns the campaign\n- start in Spain');
    expect(check(open).facts.monitoring!.found).toBe(false);
    const written = withMonitoring('### Drift monitoring\n\nA weekly report to the CRM team.\n\n### Rollout notes\n\n- start in Spain');
    expect(check(written).facts.monitoring!.found).toBe(true);
    // An open-questions list under another team's name fills no step: "未解決の論点", "Points en suspens".
    for (const aside of ['未解決の論点', 'Points en suspens', 'Open items']) {
      expect(status(withMonitoring(`TBD\n\n### ${aside}\n\n- Who owns the drift alerts?\n- Is weekly retraining enough?`), 'monitoring'), aside).toBe('empty');
    }
  });
});

describe("a reviewer's comments", () => {
  it('read as a thread on the document, not as the step they ask for', () => {
    for (const thread of [
      'TODO (Kevin)\n\n> [h] Comment — Priya Raman: This has to be filled in before sign-off, not after the pilot.\n> ↳ Reply — Kevin Osei: Understood, on my list for next week.',
      '> Reviewer (Ana): We need at least drift checks and alerting here before launch. [OPEN]\n>\n> Reviewer (Sam): Blocking for approval. [OPEN]',
      'Kommentar (Jonas): Bitte Drift-Überwachung und Nachtraining ergänzen.',
      '待补充 @王磊\n\n> 💬 **评论** · 李娜:监控用 PSI 还是只看点击率?要不要告警?\n> ↳ **回复** · 王磊:还在和产品组对齐,下周一前补上。\n> `未解决`',
    ]) {
      expect(status(withMonitoring(thread), 'monitoring'), thread).toBe('empty');
    }
  });

  it("read a grader's or reviewer's note, named for them, as theirs: what it asks for is not the design's", () => {
    for (const note of [
      '> **Комментарий проверяющего:** Слишком общо. Какие метрики, какие пороги алертов, какой дашборд? Хорошо бы переобучение раз в неделю. −0,5 балла.',
      "> **Grader's comment:** Too vague. Which metrics, which alert thresholds? Weekly retraining would help.",
      '> Kommentar des Prüfers: Bitte Drift-Überwachung und Nachtraining ergänzen.',
      '> 老师点评：监控写得太笼统，告警阈值是多少？',
    ]) {
      expect(status(withMonitoring(note), 'monitoring'), note).toBe('empty');
    }
    const graded = withMonitoring('> **Комментарий проверяющего:** Хорошо бы алерт при росте WAPE на 10% и переобучение раз в неделю.');
    expect(check(graded).facts.monitoring!.found).toBe(false);
  });

  it('leave text that only starts with such a word as content', () => {
    // A teacher's feedback collected by the product is data, not a comment on the document.
    expect(status(withMonitoring('Teacher feedback: each suggestion is rated by the teacher; when the share rated useful drops below 60 % we alert and retrain.'), 'monitoring')).toBe('present');
    expect(status(withMonitoring('Feedback from the teacher: every rating is logged, and drift in the ratings raises an alert; weekly retraining.'), 'monitoring')).toBe('present');
    expect(status(withMonitoring('Comments-based drift checks (v2): we alert when PSI on comment features exceeds 0.2; weekly retraining.'), 'monitoring')).toBe('present');
    expect(status(withMonitoring('Reply rate and drift on the inputs are watched daily; an alert pages the on-call, and we retrain weekly.'), 'monitoring')).toBe('present');
  });
});

describe('minutes that put a topic off to the next meeting', () => {
  it('read the topic as holding a place, in the languages MLSD reads', () => {
    for (const note of [
      '**Conclusion:** not discussed for lack of time, postponed to the next review.',
      '**结论：** **时间原因未讨论，推迟至下次评审。**',
      'No hay tiempo para decidirlo. **Se pospone** a la próxima reunión.',
      'Aus Zeitgründen vertagt auf die nächste Sitzung.',
      'Reporté à la prochaine réunion, faute de temps.',
      'Adiado para a próxima reunião.',
      'Перенесено на следующую встречу.',
      '次回レビューに持ち越し。',
      '다음 회의로 연기.',
    ]) {
      expect(status(withMonitoring(note), 'monitoring'), note).toBe('empty');
    }
    expect(status(withMonitoring('The alert thresholds were postponed to the next review; drift alerts on PSI > 0.2 and weekly retraining are agreed.'), 'monitoring')).toBe('present');
  });

  it("read the next meeting's agenda as no step of the design", () => {
    const minutes = `${withMonitoring('Postponed to the next review.')}\n\n## Next meeting\n\n- Agenda: model monitoring, drift alerts and retraining; launch plan.\n`;
    expect(status(minutes, 'monitoring')).toBe('empty');
    expect(check(minutes).facts.monitoring!.found).toBe(false);
  });
});

describe('notes of any length', () => {
  it('reads a note that opens by holding a place and goes on to say why or until when as open', () => {
    expect(status(withMonitoring('To be decided with the ops team. We want to see the pilot first and agree the checks with them.'), 'monitoring')).toBe('empty');
    expect(status(withMonitoring('A definir com a AgroSoft, empresa que faz o aplicativo. O Júlio conversa com eles em junho.'), 'monitoring')).toBe('empty');
    // What follows states figures: it is content, whatever opened it.
    expect(status(withMonitoring('To be decided with the ops team. Until then an alert fires when the PSI of the score passes 0.2, and we retrain every 4 weeks.'), 'monitoring')).not.toBe('empty');
  });

  it('reads a pointer to a page still in preparation as open', () => {
    expect(status(withMonitoring('詳細は監視基盤ページを参照してください（**準備中**）。'), 'monitoring')).toBe('empty');
    // To be settled with someone: "待与科技部确认".
    expect(status(withMonitoring('待与科技部确认。'), 'monitoring')).toBe('empty');
    expect(status(withMonitoring('We alert on drift and retrain weekly (details TBD).'), 'monitoring')).not.toBe('empty');
  });

  it('reads a pointer to an attachment, and a form question left unanswered, as open', () => {
    for (const note of ['см. вложение (таблица источников)', 'See attached.', 'Siehe Anlage 2.', '(нет ответа)', 'No response']) {
      expect(status(withMonitoring(note), 'monitoring'), note).toBe('empty');
    }
    expect(status(withMonitoring('See attached: we alert when PSI exceeds 0.2 on any input and retrain weekly on the last 90 days.'), 'monitoring')).not.toBe('empty');
  });

  it('reads a notes app query that lists other notes as nothing said', () => {
    const query = '> [!todo] Pendiente\n> Rellenar.\n\n```dataview\nLIST\nFROM #monitoring AND #fraud\n```';
    expect(status(withMonitoring(query), 'monitoring')).toBe('empty');
    expect(status(withMonitoring('```yaml\ndrift_alert: psi > 0.2\nretrain: weekly\n```'), 'monitoring')).not.toBe('empty');
  });

  it('reads a note with a long run of spaces in one pass', () => {
    // A note that ends by saying it is open, read with spaces that once made the reading backtrack.
    expect(status(withMonitoring(`Thresholds, TBD${' '.repeat(300_000)}x`), 'monitoring')).not.toBe('empty');
    expect(status(withMonitoring(`Thresholds, TBD${' '.repeat(300_000)}.`), 'monitoring')).toBe('empty');
  });
});

describe('whom to reach', () => {
  it('reads a closing "Contact" section as an aside, not as the monitoring its on-call rota names', () => {
    const without = COMPLETE.replace(monitoring, '');
    for (const heading of ['Contact', 'Kontakt', 'Контакты', '連絡先']) {
      const text = `${without}\n\n## ${heading}\n\n#team-ml · on-call: see the PagerDuty schedule "ranking-ml" (business hours only).\n`;
      expect(status(text, 'monitoring'), heading).toBe('missing');
    }
  });
});

describe('what the design is not', () => {
  it('reads a part that says it is not written yet, or will be once something happens, as open, in the languages MLSD reads', () => {
    expectOpen([
      'This section has not been written yet.',
      "This part isn't written yet.",
      "We'll add this once the second site is live.",
      'Dieser Abschnitt ist noch nicht ausgearbeitet.',
      "Cette section n'est pas encore rédigée.",
      'Esta sección aún no está redactada.',
      'Esta seção ainda não foi escrita.',
      'Раздел ещё не написан.',
      '本节尚未编写。',
      '等第二批猪舍上线后再补。',
      'このセクションは未作成です。',
      '이 섹션은 아직 작성되지 않았습니다.',
    ]);
    // What will be added, named, is content.
    expect(status(withMonitoring("We'll add a drift check once the second site is live: PSI on the score, an alert to on-call."), 'monitoring')).toBe('present');
  });

  it('reads text that says it has nothing to do with the design as about no step, in the languages MLSD reads', () => {
    const without = COMPLETE.replace(monitoring, '');
    for (const text of [
      "Yes, the WMS has its own productivity dashboards and alerting, and the floor team watches them live. That's operational monitoring of the warehouse; it has nothing to do with this model.",
      'Sí, eso es monitorización del SLA de soporte: lo lleva Ops con alertas en PagerDuty y su dashboard de colas. No es cosa nuestra.',
      "Tableau de bord de surveillance des vendeurs avec alertes hebdomadaires, pas lié au modèle : c'est une demande de la BI.",
    ]) {
      const analysis = check(`${without}\n\n## Other teams\n\n${text}\n`);
      expect(analysis.sections.find((s) => s.id === 'monitoring')?.status, text).toBe('missing');
      expect(analysis.facts['monitoring']!.found, text).toBe(false);
    }
  });
});

describe('what a write-up did not get to', () => {
  it('reads a closing list of what was not covered as an aside, not as the steps it names', () => {
    const without = COMPLETE.replace(monitoring, '');
    for (const heading of ["What I didn't get to", 'Что не успел / забыл', '没来得及讲', 'Lo que no me dio tiempo']) {
      const text = `${without}\n\n## ${heading}\n\n- Monitoring: drift alerts and a retraining schedule.\n`;
      expect(status(text, 'monitoring'), heading).toBe('missing');
    }
  });
});

describe('detection of a draft', () => {
  it('recognises a design doc whose required step is still an empty heading of its own', () => {
    const draft = [
      '# Leak detection in the water network',
      '## ADR-01 Why', 'Operators want leaks found within two days; 42 zones, nightly data, no new sensors.',
      '## ADR-02 The task', 'We frame it as anomaly detection on the night flow of each zone: forecast the flow and flag large residuals.',
      '## ADR-03 What we have', 'Fifteen-minute inflow and pressure per zone since 2019 from the historian, with 61 confirmed leaks as labels.',
      '## ADR-04 Model choice', '**Status:** open\n\n**Decision**\nTODO',
      '## ADR-05 How we know it works', 'Offline we measure recall of the 61 confirmed leaks and lead time against the existing night-minimum rule; the pilot counts confirmed field visits.',
      '## ADR-06 How it runs', 'A nightly batch job writes the zones to check into the GIS by 06:00.',
      '',
    ].join('\n\n');
    const analysis = check(draft, { path: 'notes/leaks.md' });
    expect(analysis.checked).toBe(true);
    expect(analysis.sections.find((s) => s.id === 'model')?.status).toBe('empty');
  });
});

describe('a diagram that holds a place', () => {
  const fence = (lang: string, body: string) => '```' + lang + '\n' + body + '\n```';
  it('reads a step whose only diagram has boxes that say "TODO" as empty', () => {
    for (const diagram of [
      fence('mermaid', 'flowchart LR\n    MON["TODO: Überwachungskonzept<br/>mit Betriebsführung abstimmen"]'),
      fence('mermaid', 'graph TD\n  A[TBD] --> B[TBD]'),
      fence('', '[ to be defined ] --> [ TBD ]'),
    ]) {
      expect(status(withMonitoring(diagram), 'monitoring'), diagram).toBe('empty');
    }
  });

  it('reads a diagram with one real box as what the step says', () => {
    const drawn = fence('mermaid', 'flowchart LR\n    D["PSI drift per feature, daily"] --> A["Alert on call; retrain weekly"]\n    A --> T[TODO]');
    expect(status(withMonitoring(drawn), 'monitoring')).toBe('present');
  });
});

describe('a tracker card or issue left without a body', () => {
  it('reads the words the tracker shows for it as a place kept, in the languages MLSD reads', () => {
    for (const note of ['No description provided.', '*(sin descripción)*', '(sem descrição)', 'Keine Beschreibung.', '(pas de description)',
      'Нет описания', '暂无描述', '（説明なし）', '(설명 없음)']) {
      expect(status(withMonitoring(note), 'monitoring'), note).toBe('empty');
    }
    expect(status(withMonitoring('No description of the alerts yet, but drift on PSI > 0.2 pages the on-call and we retrain weekly.'), 'monitoring')).toBe('present');
  });
});

describe("a wiki page's or a card's properties", () => {
  it('say nothing of the design, in a table or as fields, so a page with only them is empty', () => {
    for (const page of [
      '| Property | Value |\n|---|---|\n| Status | Not started |\n| Owner | Dana Kowalczyk |\n| Tags | `scope` |\n| Order | 1 |\n| Last edited | February 27, 2025 |\n\n*This page is empty.*',
      '- Miembros: @nuria.salas\n- Vence: 30/04/2025\n- *(sin descripción)*',
      'Owner: ML platform\n\nLast updated: 3 March 2025\n\nNo description provided.',
    ]) {
      expect(status(withMonitoring(page), 'monitoring'), page).toBe('empty');
    }
  });

  it('leave a row or a field that answers of the design as content', () => {
    expect(status(withMonitoring('| Property | Value |\n|---|---|\n| Owner | Dana |\n| Alerting | PSI drift over 0.2 pages the on-call; we retrain weekly |'), 'monitoring')).toBe('present');
    expect(status(withMonitoring('Owner: the ML platform team, which alerts on drift in the score distribution and retrains weekly.'), 'monitoring')).toBe('present');
  });
});
