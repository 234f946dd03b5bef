/**
 * Installing add-ons from the workbench (internal): the Help menu's Install New Software... and Available Software
 * Sites... commands over p2's own UI, and the registration of the ExhaustionLab update site.
 */
package org.exhaustionlab.ui.p2;
