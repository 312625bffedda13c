/**
 * Reading the corpora's files without a JSON library: {@code FlatJson.parse(line, "news.jsonl:1").get("content")} gives
 * the text of one SaudiNewsNet record, e.g. «حدد رئيس الوزراء البريطاني ...»; {@code SharedFolder} finds them.
 */
package naba.corpus;
