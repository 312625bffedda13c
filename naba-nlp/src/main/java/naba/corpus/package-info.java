/**
 * Reading the corpora's files without a JSON library: {@code JsonField.string(line, "content")} gives the text of
 * one SaudiNewsNet record, e.g. «حدد رئيس الوزراء البريطاني ...».
 */
package naba.corpus;
