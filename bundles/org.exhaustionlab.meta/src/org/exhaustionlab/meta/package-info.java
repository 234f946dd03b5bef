/**
 * Meta-evolution: an evolution that steers itself. {@link org.exhaustionlab.meta.MetaOrchestrator} runs
 * generations of the evolution engine, picks one of six {@link org.exhaustionlab.meta.Objective directives} by what
 * the population lacks, lets {@link org.exhaustionlab.meta.Bandit bandits} learn which directive, mutation operator,
 * temperature and GA setting pay off (fitness gained per {@link org.exhaustionlab.meta.Cost cost}), quotes a curated
 * knowledge base (shipped examples, approved and crawled strategies, see {@link org.exhaustionlab.meta.MetaKnowledge})
 * and commits every generation to the store ({@link org.exhaustionlab.meta.MetaDatabase}) so a killed run resumes.
 */
package org.exhaustionlab.meta;
