/**
 * Reading the dossier payload that one-stop systems send to the national public service portal
 * ({@code DongBoHoSoMC}), mapped onto dunghan's dossiers.
 */
package vn.dunghan.portal;
