/** The CDA2 header reader: `fromCda`, its input error, its own issue codes, and the XML parser it uses. */
export { fromCda, CdaInputError } from './from-cda.js';
export { CDA_ISSUE_CODES } from './issues.js';
export { parseXml, MAX_DEPTH as MAX_XML_DEPTH, type XmlElement, type XmlResult, type XmlProblem } from './xml.js';
export { hl7TsToIso } from './ts.js';
