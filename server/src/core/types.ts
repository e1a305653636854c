/** Plain data shared by the core, its rules and its hosts. Positions are 0-based (LSP style). */

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type RuleSetting = Severity | 'off';

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  /** The schema section the finding is about, if any. */
  section?: string;
  /** The edit that repairs the finding, where one exists. */
  fix?: Fix;
}

export type SectionStatus = 'present' | 'incomplete' | 'empty' | 'missing';
